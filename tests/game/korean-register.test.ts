/**
 * The Korean texts speak to the player at one level: instructions and messages in the polite
 * formal style (…합니다, …하세요), not now …해요 and now the plain …한다 (the tutorial said
 * "시끄러워요", the refusals "휴대폰이 없다.", the menus "저장했습니다"). The "What happened?" story and
 * the camp's log are told as a story (…했다), and are left out.
 */

import { describe, expect, it } from 'vitest';
import { ko } from '../../src/game/i18n/ko';

/** Every string of `tree` with its key. */
function strings(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, path === '' ? key : `${path}.${key}`));
}

/**
 * Not spoken to the player: told as a story in the plain past (the "What happened?" lines, the
 * camp's log), and the students' own cries over their heads ("보였다!": caught, in the 반말 they speak to each other in).
 */
const NOT_TO_PLAYER = /^(whatHappened\.(?!open|heading|pause|keys)|camp\.log\.|notice\.)/;

/** Each sentence's last word (before . ! ? … : or a line's end), with the placeholders taken out. */
function endings(text: string): string[] {
  return (
    text
      .replace(/\{\{[^}]*\}\}/g, 'X')
      // A cry quoted from the screen ("보였다!") is the students' own.
      .replace(/"[^"]*"/g, 'X')
      .split(/[.!?…:\n]|\s\(|\s·\s/)
      .map((sentence) => sentence.trim().replace(/[)"”’]+$/, ''))
      .filter((sentence) => sentence !== '')
      .map((sentence) => sentence.split(/\s+/).pop()!)
  );
}

describe('Korean speech level', () => {
  it('tells and asks the player in the formal polite style, never …해요 or the plain …다', () => {
    const wrong: string[] = [];
    for (const [key, text] of strings(ko)) {
      if (NOT_TO_PLAYER.test(key)) continue;
      for (const word of endings(text)) {
        // …어요, …돼요, …나요?: the casual polite style (…세요, asking, is the formal one's request; 담요 is a blanket).
        const casual = /(어|아|여|해|돼|워|와|나|봐|둬|줘|가|커|에|예|러|려|쳐|져|춰|서|데|죠)요$/.test(word);
        // A plain statement: …다 but not …니다 (formal), …세요, nor a noun ending in 다 (바다).
        const plain = /(었|았|였|한|는|된|진|난|없|있|렸|졌|쳤|렀|했|겠|간|온|랐)다$/.test(word) || /(이|아니)다$/.test(word);
        if (casual || plain) wrong.push(`${key}: …${word} in ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
