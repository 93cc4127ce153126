/** Korean strings for the same part as ../en/remap.ts, with the same keys (the type checker enforces it). */

import type { DictionaryOf } from '../en';
import type { remap as english } from '../en/remap';

export const remap: DictionaryOf<typeof english> = {
  remap: {
    heading: '키와 버튼',
    entry: '키와 게임패드 버튼',
    reset: '기본값으로 되돌리기',
    none: '—',
    dpad: '십자키 {{arrow}}',
    rule: '동작을 고른 뒤 새 키나 패드 버튼을 누르세요. 이미 쓰이는 키는 이 동작으로 옮겨지고, 키가 하나도 남지 않은 동작은 원래 키를 대신 받습니다.',
    waiting: '“{{action}}”에 쓸 새 키나 패드 버튼을 누르세요. Esc나 Start는 취소입니다.',
    waitingTouch: '“{{action}}”에 쓸 새 키나 패드 버튼을 누르세요. 화면을 누르면 취소됩니다.',
    waitingValue: '키를 누르세요…',
    bound: '“{{action}}”: 이제 {{key}}입니다.',
    moved: '{{key}}는 “{{from}}”에 쓰이던 키입니다. 이제 “{{action}}”에 쓰이고, “{{from}}”은 다른 키를 그대로 씁니다.',
    swapped: '{{key}}는 “{{from}}”에 쓰이던 키입니다. 이제 “{{action}}”에 쓰이고, “{{from}}”은 대신 {{old}}를 받습니다.',
    padLost: '{{key}}는 “{{from}}”에 쓰이던 버튼이라, 이제 그 동작에는 패드 버튼이 없습니다.',
    cancelled: '바뀐 것이 없습니다.',
    reserved: '{{key}}는 브라우저가 쓰는 키라 지정할 수 없습니다.',
    escFixed: 'Esc는 언제나 일시정지와 뒤로 가기라 다른 동작에 지정할 수 없습니다.',
    padFixed: '패드의 십자키와 왼쪽 스틱은 언제나 이동, Start는 언제나 일시정지입니다.',
    padFixedAction: '패드에서 “{{action}}”은 {{buttons}}로 고정입니다.',
    refused: '그 키는 지정할 수 없습니다.',
    resetDone: '모든 키와 패드 버튼을 기본값으로 되돌렸습니다.',
    problem: '저장된 키 설정을 읽을 수 없어 기본 키를 쓰고 있습니다.',
    touchNote: '키와 패드 버튼은 이 기기에 연결한 키보드나 게임패드에 적용됩니다.',
  },
};
