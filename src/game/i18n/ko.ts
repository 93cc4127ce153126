/** Korean strings: the same keys as en.ts. */

import type { Dictionary } from './en';

export const ko: Dictionary = {
  title: {
    name: '효산고등학교',
    subtitle: '봉 쇄',
    help: 'WASD / 방향키 이동 · Shift 달리기 · C 살금살금 · Space 공격 · E 줍기 · Q 휴대폰 알람 던지기 · Tab 학생 바꾸기 · 1 음식 · 2 물 · 타일을 클릭하면 그곳으로 이동',
    start: 'Enter 키나 화면을 눌러 시작',
    newGame: '새 게임',
    continue: '이어하기',
    levelSelect: '레벨 선택',
    settings: '설정',
    credits: '만든 사람들',
    noSave: '저장된 게임 없음',
    menuHint: '↑↓ 고르기 · Enter 확인 · Esc 뒤로',
  },
  hud: {
    goal: '계단으로 내려가세요',
    down: '(쓰러짐)',
    pause: '일시정지',
  },
  objectives: {
    reach: '표시된 곳으로 가세요',
    collect: '표시된 물건을 챙기세요',
    activate: '{{device}}을(를) 켜세요',
    hold: '표시된 곳을 지키세요',
    rescue: '{{name}}을(를) 구하세요',
    rescueSomeone: '학생',
    holdLeft: '{{text}} ({{seconds}}초)',
    exit: '출구로 가세요',
    survivors: '학생 {{count}}명 이상 살아남기',
    devices: {
      'pa-console': '방송 콘솔',
      piano: '피아노',
      'sos-sign': 'SOS 표지',
      fire: '모닥불',
      'fire-alarm': '화재경보기',
      switch: '스위치',
    },
  },
  effects: {
    hit: '명중',
    pickedUp: '{{item}} +1',
  },
  items: {
    food: '음식',
    water: '물',
    phone: '휴대폰',
  },
  end: {
    won: '탈출 성공',
    lost: '모두 쓰러졌다',
    wonDetail: '학생 {{total}}명 중 {{survivors}}명이 {{seconds}}초 만에 계단에 도착했습니다.',
    lostDetail: '{{seconds}}초 만에 아무도 남지 않았습니다.',
    again: '다시 하기: Enter 또는 터치',
    toTitle: '타이틀: Esc',
  },
  error: {
    heading: '이 레벨을 불러올 수 없습니다',
    more: '…외 {{count}}개 더 (실행: npm run levels:check)',
    back: 'Enter 또는 터치: 타이틀로',
  },
  boot: {
    loading: '불러오는 중',
  },
  language: {
    en: 'English',
    ko: '한국어',
  },
};
