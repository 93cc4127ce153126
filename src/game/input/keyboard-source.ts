/**
 * Keyboard source: which physical keys (`KeyboardEvent.code`) are held, and which were pressed
 * since the last read, straight from the DOM. Presses are queued as they happen, so a tap shorter
 * than a frame still counts once; auto-repeat does not count again. Focus loss forgets every held
 * key (the key-up would go to another window and never arrive).
 *
 * Page-wide state: one listener on the page's keyboard, shared by the scenes, as the browser sends
 * keys to the page.
 */

export interface KeyboardSource {
  isHeld(code: string): boolean;
  /** Codes pressed since the last call, in order (then cleared). */
  takePresses(): string[];
  /** Forget held keys and queued presses. */
  release(): void;
  /** While true, the browser's default action of the codes in `captured` (Tab focus, Space scroll) is prevented. */
  setCapture(on: boolean, captured: ReadonlySet<string>): void;
  heldCodes(): string[];
  destroy(): void;
}

export function createKeyboardSource(target: Window = window): KeyboardSource {
  const held = new Set<string>();
  let presses: string[] = [];
  let capturing = false;
  let captured: ReadonlySet<string> = new Set();

  const isTyping = (event: KeyboardEvent): boolean => {
    const element = event.target as HTMLElement | null;
    return element !== null && typeof element.tagName === 'string' && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.isContentEditable === true);
  };
  const onDown = (event: KeyboardEvent): void => {
    if (isTyping(event) || event.code === '') return;
    if (capturing && captured.has(event.code)) event.preventDefault();
    if (event.repeat || held.has(event.code)) return;
    held.add(event.code);
    presses.push(event.code);
  };
  const onUp = (event: KeyboardEvent): void => {
    if (capturing && captured.has(event.code)) event.preventDefault();
    held.delete(event.code);
  };
  const onBlur = (): void => {
    held.clear();
  };
  // Capture phase: this source hears a key before Phaser does, so when that key resumes the game
  // (and the resume releases this source), the press is already queued and gets dropped.
  target.addEventListener('keydown', onDown, true);
  target.addEventListener('keyup', onUp, true);
  target.addEventListener('blur', onBlur);

  return {
    isHeld: (code) => held.has(code),
    takePresses() {
      const taken = presses;
      presses = [];
      return taken;
    },
    release() {
      held.clear();
      presses = [];
    },
    setCapture(on, codes) {
      capturing = on;
      captured = codes;
    },
    heldCodes: () => [...held],
    destroy() {
      target.removeEventListener('keydown', onDown, true);
      target.removeEventListener('keyup', onUp, true);
      target.removeEventListener('blur', onBlur);
    },
  };
}

let shared: KeyboardSource | undefined;

/** The one keyboard source of the page (created on first use). */
export function keyboardSource(): KeyboardSource {
  shared ??= createKeyboardSource();
  return shared;
}
