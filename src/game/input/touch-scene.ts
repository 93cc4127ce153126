/**
 * Touch scene: the on-screen controls, drawn over the level and the HUD at screen scale — the
 * stick, the action buttons, pause and fullscreen — and the one place pointers are read during
 * play. Fingers go to the touch state (`touch-state.ts`); a tap or a mouse click on the map walks
 * there. A finger Phaser no longer reports as down is forgotten every frame, so nothing sticks.
 * On a screen too small for its layout, a "turn your phone" hint covers the game.
 */

import Phaser from 'phaser';
import { usableCount } from '../../core';
import { t, type PlainKey } from '../i18n/i18n';
import { currentLayout, markTouchSeen, onLayoutChange } from '../layout/live-layout';
import { buttonAt, type ButtonId, type Circle, type ScreenLayout } from '../layout/screen-layout';
import { ATLAS_KEY, itemFrame, uiFrame } from '../render/atlas-layout';
import { FONT } from '../render/textures';
import type { PlaySession } from '../play-session';
import { hitLook } from './hit-look';
import { inputSettings, onInputSettings } from './input-settings';
import type { Point, TouchState } from './touch-state';

export const TOUCH_SCENE = 'touch';

export interface TouchSceneData {
  touch: TouchState;
  /** The world point (px) under screen point (x, y) as the camera shows it now. */
  worldPoint(x: number, y: number): Point;
  /** A tap or a click on the map, at the world point under it when it landed. */
  tapMap(world: Point): void;
  /** The mouse's aimed throw: `at` is the screen point while its right button is held on the map, else null. */
  mouseAim: { at: { x: number; y: number } | null };
  /** The right button came up: throw the phone alarm toward screen point (x, y). */
  throwAt(x: number, y: number): void;
  pause(): void;
  /** The play the controls drive (its latest snapshot gives the item buttons' counts). */
  play: PlaySession;
}

interface ButtonView {
  circle: Phaser.GameObjects.Arc;
  parts: Phaser.GameObjects.GameObject[];
  count?: Phaser.GameObjects.Text;
  /** HIT's ring: full and bright when a blow is ready with a zombie in reach, filling round while the last swing recovers (hit-look.ts). */
  ring?: Phaser.GameObjects.Graphics;
}

const LABELS: Partial<Record<ButtonId, PlainKey>> = {
  attack: 'controls.hit',
  interact: 'controls.use',
  run: 'controls.run',
  sneak: 'controls.sneak',
  switch: 'controls.swap',
  lure: 'controls.alarm',
  light: 'controls.light',
};
const ICONS: Partial<Record<ButtonId, { texture: string; frame: string }>> = {
  attack: { texture: ATLAS_KEY, frame: itemFrame('bat') },
  run: { texture: ATLAS_KEY, frame: uiFrame('stamina') },
  sneak: { texture: ATLAS_KEY, frame: uiFrame('footprint') },
  lure: { texture: ATLAS_KEY, frame: itemFrame('phone') },
  food: { texture: ATLAS_KEY, frame: itemFrame('food') },
  water: { texture: ATLAS_KEY, frame: itemFrame('water') },
  pause: { texture: ATLAS_KEY, frame: uiFrame('pause') },
};
const COUNTED: Partial<Record<ButtonId, 'food' | 'water' | 'phone'>> = { food: 'food', water: 'water', lure: 'phone' };

export class TouchScene extends Phaser.Scene {
  private wiring!: TouchSceneData;
  private buttons = new Map<ButtonId, ButtonView>();
  private stickBase!: Phaser.GameObjects.Arc;
  private stickKnob!: Phaser.GameObjects.Arc;
  private fixedStick!: Phaser.GameObjects.Arc;
  private hint!: Phaser.GameObjects.Container;
  /** The mouse pointer pressed a corner button: act when it comes up on it. */
  private mouseButton: ButtonId | undefined;
  private readonly recovery = { seen: 0 };

  constructor() {
    super(TOUCH_SCENE);
  }

  create(data: TouchSceneData): void {
    this.wiring = data;
    this.buttons = new Map();
    this.mouseButton = undefined;
    this.fixedStick = this.add.circle(0, 0, 10, 0x0b0f1a, 0.28).setStrokeStyle(2, 0xd8e0ea, 0.35).setVisible(false);
    this.stickBase = this.add.circle(0, 0, 10, 0x0b0f1a, 0.35).setStrokeStyle(3, 0xd8e0ea, 0.55).setVisible(false);
    this.stickKnob = this.add.circle(0, 0, 10, 0xd8e0ea, 0.75).setVisible(false);
    this.hint = this.add.container(0, 0).setVisible(false).setDepth(10);
    this.build(currentLayout());
    const stop = onLayoutChange((layout) => {
      this.wiring.touch.setLayout(layout, inputSettings().stickMode);
      this.build(layout);
    });
    this.wiring.touch.setLayout(currentLayout(), inputSettings().stickMode);
    const stopFollowing = onInputSettings((settings) => this.wiring.touch.setLayout(currentLayout(), settings.stickMode));

    this.input.mouse?.disableContextMenu();
    this.input.on(Phaser.Input.Events.POINTER_DOWN, this.onDown, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, this.onUp, this);
    this.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.onUp, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stop();
      stopFollowing();
      this.wiring.touch.cancelAll();
    });
  }

  /** Whether screen point (x, y) is on the tutorial's prompt: a press there hides it (HUD scene) and does nothing else. */
  private onPrompt(x: number, y: number): boolean {
    const box = this.wiring.play.promptBox;
    return box !== null && Math.abs(x - box.x) <= box.width / 2 && y >= box.y && y <= box.y + box.height;
  }

  private onDown(pointer: Phaser.Input.Pointer): void {
    const layout = currentLayout();
    // Not a walk to the tile under the prompt, nor the stick's start.
    if (this.onPrompt(pointer.x, pointer.y) && !pointer.rightButtonDown()) return;
    if (pointer.wasTouch) {
      markTouchSeen();
      // The world point now, as the finger lands on what the screen shows: the camera may move on before it lifts.
      this.wiring.touch.down(pointer.id, pointer.x, pointer.y, pointer.downTime, this.wiring.worldPoint(pointer.x, pointer.y));
      return;
    }
    const button = buttonAt(layout, pointer.x, pointer.y);
    // The right button held on the map aims a throw (the preview follows the pointer); letting go throws.
    if (pointer.rightButtonDown() && button === undefined) {
      this.wiring.mouseAim.at = { x: pointer.x, y: pointer.y };
      return;
    }
    if (!pointer.leftButtonDown()) return;
    if (button === 'pause' || button === 'fullscreen') this.mouseButton = button;
    else if (button === undefined) this.wiring.tapMap(this.wiring.worldPoint(pointer.x, pointer.y));
  }

  private onMove(pointer: Phaser.Input.Pointer): void {
    if (!pointer.wasTouch && this.wiring.mouseAim.at !== null) this.wiring.mouseAim.at = { x: pointer.x, y: pointer.y };
    if (pointer.wasTouch && pointer.isDown) this.wiring.touch.move(pointer.id, pointer.x, pointer.y);
  }

  private onUp(pointer: Phaser.Input.Pointer): void {
    if (pointer.wasTouch) {
      // Phaser reports a cancelled touch as an up: a cancel is no tap and no button press.
      if (pointer.event?.type === 'touchcancel') {
        this.wiring.touch.cancel(pointer.id);
        return;
      }
      // Event times, not frame times: a slow frame must not turn a tap into a long press.
      const fired = this.wiring.touch.up(pointer.id, pointer.x, pointer.y, pointer.upTime);
      if (fired !== undefined) this.fire(fired);
      return;
    }
    if (this.wiring.mouseAim.at !== null && pointer.rightButtonReleased()) {
      this.wiring.mouseAim.at = null;
      this.wiring.throwAt(pointer.x, pointer.y);
      return;
    }
    const pressed = this.mouseButton;
    this.mouseButton = undefined;
    if (pressed !== undefined && buttonAt(currentLayout(), pointer.x, pointer.y) === pressed) this.fire(pressed);
  }

  /** Pause and fullscreen act inside the pointer-up event: browsers allow fullscreen only there. */
  private fire(button: ButtonId): void {
    if (button === 'fullscreen') this.scale.toggleFullscreen();
    if (button === 'pause') this.wiring.pause();
  }

  override update(): void {
    const touch = this.wiring.touch;
    touch.forgetLifted((id) => this.input.manager.pointers[id]?.isDown === true);
    for (const { world } of touch.takeTaps()) this.wiring.tapMap(world);

    const layout = currentLayout();
    const stick = touch.stick();
    const fixed = inputSettings().stickMode === 'fixed' && layout.stick !== null;
    // Idle: the fixed stick's ring shows where it is; a floating stick shows a faint ring where thumbs usually land.
    this.fixedStick.setVisible(layout.stick !== null && stick === null).setAlpha(fixed ? 1 : 0.45);
    this.stickBase.setVisible(stick !== null);
    this.stickKnob.setVisible(stick !== null);
    if (stick !== null) {
      this.stickBase.setPosition(stick.baseX, stick.baseY).setRadius(stick.radius);
      this.stickKnob.setPosition(stick.knobX, stick.knobY).setRadius(stick.radius * 0.42);
    }
    const held = touch.held();
    const gait = touch.gait();
    // What each item button can use now (core: usableCount), not the group's whole stock: ALARM showed 1 while the phone was a friend's and the throw said "no phone".
    const { students } = this.wiring.play.latest;
    const me = students.find((s) => s.controlled);
    for (const [id, view] of this.buttons) {
      const on = held.has(id) || (id === 'run' && gait === 'run') || (id === 'sneak' && gait === 'sneak');
      view.circle.setFillStyle(on ? 0xffe27a : 0x0b0f1a, on ? 0.55 : 0.45);
      const item = COUNTED[id];
      if (view.count !== undefined && item !== undefined) view.count.setText(String(me === undefined ? 0 : usableCount(students, me, item)));
    }
    this.drawHitRing();
  }

  /** HIT shows when a blow is ready: a bright ring with a zombie in reach, a ring filling round while the last swing recovers. */
  private drawHitRing(): void {
    const view = this.buttons.get('attack');
    if (view?.ring === undefined) return;
    const look = hitLook(this.wiring.play.latest, this.recovery);
    const { x, y, radius } = view.circle;
    const ring = view.ring.clear();
    if (look.state === 'idle') return;
    const strike = look.state === 'strike';
    ring.lineStyle(Math.max(3, radius * 0.12), strike ? 0xff7a4a : 0xd8e0ea, strike ? 1 : 0.6);
    ring.beginPath();
    ring.arc(x, y, radius + 2, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * look.recovered, false);
    ring.strokePath();
    if (strike) view.circle.setFillStyle(0x7a2a1a, 0.6);
  }

  private build(layout: ScreenLayout): void {
    for (const view of this.buttons.values()) {
      view.circle.destroy();
      for (const part of view.parts) part.destroy();
    }
    this.buttons.clear();
    for (const [id, circle] of Object.entries(layout.buttons) as [ButtonId, Circle][]) this.buttons.set(id, this.drawButton(id, circle, layout.unit));
    if (layout.stick !== null) this.fixedStick.setPosition(layout.stick.fixed.x, layout.stick.fixed.y).setRadius(layout.stick.fixed.r);
    this.drawHint(layout);
  }

  private drawButton(id: ButtonId, circle: Circle, unit: number): ButtonView {
    const view: ButtonView = { circle: this.add.circle(circle.x, circle.y, circle.r, 0x0b0f1a, 0.45).setStrokeStyle(2, 0xd8e0ea, 0.7), parts: [] };
    const icon = ICONS[id];
    const label = LABELS[id];
    const iconScale = Math.max(1.5, Math.round((circle.r / 16) * 1.5) / 1.5);
    if (icon !== undefined) view.parts.push(this.add.image(circle.x, circle.y - (label !== undefined ? circle.r * 0.22 : 0), icon.texture, icon.frame).setScale(iconScale));
    if (label !== undefined) {
      const size = Math.round((id === 'attack' ? 15 : 12) * unit);
      view.parts.push(
        this.add
          .text(circle.x, circle.y + (icon !== undefined ? circle.r * 0.42 : 0), t(label), {
            fontFamily: FONT,
            fontStyle: 'bold',
            fontSize: `${size}px`,
            color: '#f2ede4',
            stroke: '#05070a',
            strokeThickness: 3,
          })
          .setOrigin(0.5),
      );
    }
    if (id === 'fullscreen') view.parts.push(this.drawFullscreenIcon(circle));
    if (id === 'attack') {
      view.ring = this.add.graphics();
      view.parts.push(view.ring);
    }
    if (COUNTED[id] !== undefined) {
      view.count = this.add
        .text(circle.x + circle.r * 0.72, circle.y - circle.r * 0.72, '0', {
          fontFamily: FONT,
          fontStyle: 'bold',
          fontSize: `${Math.round(13 * unit)}px`,
          color: '#ffe27a',
          stroke: '#05070a',
          strokeThickness: 3,
        })
        .setOrigin(0.5);
      view.parts.push(view.count);
    }
    return view;
  }

  /** Four corner brackets: the usual fullscreen sign (no font draws it everywhere). */
  private drawFullscreenIcon(circle: Circle): Phaser.GameObjects.Graphics {
    const g = this.add.graphics({ x: circle.x, y: circle.y }).lineStyle(3, 0xf2ede4, 1);
    const a = circle.r * 0.45;
    const b = circle.r * 0.2;
    for (const [sx, sy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      g.beginPath();
      g.moveTo(sx * a, sy * (a - b));
      g.lineTo(sx * a, sy * a);
      g.lineTo(sx * (a - b), sy * a);
      g.strokePath();
    }
    return g;
  }

  private drawHint(layout: ScreenLayout): void {
    this.hint.removeAll(true);
    this.hint.setVisible(layout.rotateHint);
    if (!layout.rotateHint) return;
    const { width, height } = layout;
    this.hint.add(this.add.rectangle(0, 0, width, height, 0x07090f, 0.92).setOrigin(0));
    this.hint.add(
      this.add
        .text(width / 2, height / 2, t('controls.rotate'), {
          fontFamily: FONT,
          fontStyle: 'bold',
          fontSize: `${Math.round(22 * layout.unit)}px`,
          color: '#ffe27a',
          align: 'center',
          stroke: '#05070a',
          strokeThickness: 4,
        })
        .setOrigin(0.5),
    );
  }
}
