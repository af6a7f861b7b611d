/** Korean first, English on request (SPEC §6); the choice is remembered in localStorage. */

export type Lang = 'ko' | 'en';

const LANG_KEY = 'fundflow.lang';

const ko = {
  appTitle: '국민성장펀드 자금 흐름',
  appSubtitle: '배정부터 집행까지',
  skipToContent: '본문으로 건너뛰기',
  language: '언어',
  navDashboard: '대시보드',
  navQueue: '검토 대기열',
  navSignIn: '로그인',
  signOut: '로그아웃',
  signedInAs: '로그인 사용자',
  loading: '불러오는 중…',
  retry: '다시 시도',
  networkError: '서버에 연결할 수 없습니다',
  // sign-in
  signInTitle: '로그인',
  signInIntro: '역할에 맞는 화면으로 이동합니다. 부처·운용기관은 대시보드, 지역 실무협의체는 검토 대기열을 봅니다.',
  demoUsers: '데모 사용자 (로컬 환경)',
  demoUsersHint: '로컬 스택이 발급하는 개발용 토큰으로 로그인합니다.',
  pasteToken: 'Bearer 토큰 붙여넣기',
  pasteTokenHint: '발급받은 JWT를 그대로 붙여 넣으세요. 토큰은 이 탭을 닫으면 지워집니다.',
  tokenLabel: '토큰',
  signInWithToken: '토큰으로 로그인',
  tokenInvalid: '토큰을 읽을 수 없습니다. 세 부분(header.payload.signature)으로 된 JWT인지 확인하세요.',
  tokenExpired: '토큰이 만료되었습니다. 다시 로그인하세요.',
  tokenMissing: '토큰을 입력하세요.',
  sessionExpired: '세션이 만료되었거나 권한이 없습니다. 다시 로그인하세요.',
  alreadySignedIn: '현재 로그인되어 있습니다.',
  continueTo: '계속하기',
  noPageForRole: '이 역할에는 제공되는 화면이 없습니다. 운영 지표는 Grafana와 Prometheus에서 확인하세요.',
  expiresAt: '만료',
  // dashboard
  dashboardTitle: '부처 대시보드',
  fund: '펀드',
  asOf: '기준일',
  asOfHint: '비우면 현재 기준',
  asOfNow: '현재',
  today: '현재 기준',
  asOfShown: '기준',
  noFunds: '등록된 펀드가 없습니다.',
  totalCap: '총 한도',
  earmarks: '의무 공급 목표',
  regionalEarmark: '지방 공급분',
  regionalEarmarkHint: '비수도권 지역에 약정된 금액',
  aiEarmark: 'AI·AX 공급분',
  aiEarmarkHint: 'AI 관련 산업에 약정된 금액',
  target: '목표',
  achieved: '달성',
  remaining: '남은 금액',
  funnel: '단계별 흐름',
  allocatedOfCap: '총 한도 대비 배정',
  funnelHint: '배정 → 제안 → 승인 → 약정 → 집행 (배정액 대비 비율)',
  flows: '흐름',
  groupBy: '구분',
  flowByRegion: '지역별 흐름',
  capitalArea: '수도권',
  nonCapital: '지방',
  capitalAreaNote: '수도권(서울·인천·경기)은 음영과 ◆ 표시로 구분합니다.',
  showTable: '표로 보기',
  sankey: '자금 흐름도: 펀드 → 지역 → 산업',
  measure: '기준 금액',
  liveFeed: '실시간 변동',
  feedConnecting: '연결 중…',
  feedLive: '실시간 연결됨',
  feedReconnecting: '연결이 끊겨 다시 연결하는 중…',
  feedPaused: '기준일을 지정하면 실시간 변동은 멈춥니다.',
  feedEmpty: '아직 변동이 없습니다.',
  downloads: 'CSV 내려받기',
  downloadsHint: 'UTF-8(BOM) CSV로 Excel에서 한글이 그대로 열립니다.',
  downloadAllocations: '배정 내역',
  downloadCompanies: '기업 목록',
  downloadMatches: '매칭 내역',
  downloadFailed: '내려받기에 실패했습니다',
  noData: '표시할 자료가 없습니다.',
  amount: '금액',
  share: '비율',
  // queue
  queueTitle: '검토 대기열',
  queueIntro: '검토를 기다리는 매칭 제안입니다. 점수가 높은 순서로 보여 줍니다.',
  queueEmpty: '검토할 매칭이 없습니다.',
  region: '지역',
  allocation: '배정',
  score: '점수',
  reasons: '점수 근거',
  matched: '충족',
  nearMiss: '근접 미달',
  points: (points: number) => `+${points}점`,
  status: '상태',
  totalRow: '합계',
  fourEyes: '이중 승인(4-eyes)',
  approvalsOf: (approvals: number, required: number) => `승인 ${approvals} / ${required}`,
  fourEyesNeeded: '두 명의 위원이 승인해야 확정됩니다.',
  history: '검토 이력',
  historyEmpty: '아직 검토 이력이 없습니다.',
  reason: '사유',
  reasonHint: '반려할 때는 사유가 필요합니다.',
  reasonRequired: '반려 사유를 입력하세요.',
  reasonTooLong: (max: number) => `사유는 ${max}자 이내로 입력하세요.`,
  approve: '승인',
  reject: '반려',
  requestInfo: '보완 요청',
  submitting: '처리 중…',
  reviewDone: (status: string) => `처리되었습니다. 현재 상태: ${status}`,
  page: (page: number, pages: number) => `${page} / ${pages} 페이지`,
  previous: '이전',
  next: '다음',
  reviewer: '검토자',
  total: (count: number) => `총 ${count}건`,
  forbidden: '이 화면을 볼 권한이 없습니다.',
};

export type Messages = typeof ko;

const en: Messages = {
  appTitle: 'National Growth Fund flows',
  appSubtitle: 'From allocation to disbursement',
  skipToContent: 'Skip to content',
  language: 'Language',
  navDashboard: 'Dashboard',
  navQueue: 'Review queue',
  navSignIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in',
  loading: 'Loading…',
  retry: 'Retry',
  networkError: 'Cannot reach the server',
  signInTitle: 'Sign in',
  signInIntro:
    'You go to the page for your role: ministries and operators see the dashboard, regional working groups the review queue.',
  demoUsers: 'Demo users (local stack)',
  demoUsersHint: 'Signs in with a development token minted by the local stack.',
  pasteToken: 'Paste a bearer token',
  pasteTokenHint: 'Paste the JWT as issued. It is forgotten when this tab closes.',
  tokenLabel: 'Token',
  signInWithToken: 'Sign in with token',
  tokenInvalid: 'This token cannot be read. Check that it is a JWT of three parts (header.payload.signature).',
  tokenExpired: 'The token has expired. Please sign in again.',
  tokenMissing: 'Enter a token.',
  sessionExpired: 'Your session has expired or lacks permission. Please sign in again.',
  alreadySignedIn: 'You are signed in.',
  continueTo: 'Continue',
  noPageForRole: 'This role has no pages here. Operations metrics are in Grafana and Prometheus.',
  expiresAt: 'expires',
  dashboardTitle: 'Ministry dashboard',
  fund: 'Fund',
  asOf: 'As of',
  asOfHint: 'Empty for now',
  asOfNow: 'Now',
  today: 'current',
  asOfShown: 'as of',
  noFunds: 'No funds yet.',
  totalCap: 'Total cap',
  earmarks: 'Earmarks',
  regionalEarmark: 'Regional (non-capital)',
  regionalEarmarkHint: 'Committed in regions outside the capital area',
  aiEarmark: 'AI and AX',
  aiEarmarkHint: 'Committed in AI-flagged industries',
  target: 'Target',
  achieved: 'Achieved',
  remaining: 'To go',
  funnel: 'Stage funnel',
  allocatedOfCap: 'Allocated of the total cap',
  funnelHint: 'Allocated → proposed → approved → committed → disbursed (share of allocated)',
  flows: 'Flows',
  groupBy: 'Group by',
  flowByRegion: 'Flow by region',
  capitalArea: 'Capital area',
  nonCapital: 'Non-capital',
  capitalAreaNote: 'The capital area (Seoul, Incheon, Gyeonggi) is shaded and marked ◆.',
  showTable: 'Show as a table',
  sankey: 'Money flow: fund → region → industry',
  measure: 'Measure',
  liveFeed: 'Live feed',
  feedConnecting: 'Connecting…',
  feedLive: 'Live',
  feedReconnecting: 'Disconnected, reconnecting…',
  feedPaused: 'The live feed pauses while an as-of date is set.',
  feedEmpty: 'No changes yet.',
  downloads: 'CSV downloads',
  downloadsHint: 'UTF-8 with BOM, so Excel shows Korean correctly.',
  downloadAllocations: 'Allocations',
  downloadCompanies: 'Companies',
  downloadMatches: 'Matches',
  downloadFailed: 'Download failed',
  noData: 'Nothing to show.',
  amount: 'Amount',
  share: 'Share',
  queueTitle: 'Review queue',
  queueIntro: 'Proposed matches waiting for review, highest score first.',
  queueEmpty: 'No matches to review.',
  region: 'Region',
  allocation: 'Allocation',
  score: 'Score',
  reasons: 'Why this score',
  matched: 'Matched',
  nearMiss: 'Near miss',
  points: (points: number) => `+${points} pts`,
  status: 'Status',
  totalRow: 'Total',
  fourEyes: 'Four eyes',
  approvalsOf: (approvals: number, required: number) => `${approvals} of ${required} approvals`,
  fourEyesNeeded: 'Two different members must approve.',
  history: 'Review history',
  historyEmpty: 'No reviews yet.',
  reason: 'Reason',
  reasonHint: 'A rejection needs a reason.',
  reasonRequired: 'Enter a reason for the rejection.',
  reasonTooLong: (max: number) => `Keep the reason within ${max} characters.`,
  approve: 'Approve',
  reject: 'Reject',
  requestInfo: 'Request info',
  submitting: 'Submitting…',
  reviewDone: (status: string) => `Done. Status now: ${status}`,
  page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  previous: 'Previous',
  next: 'Next',
  reviewer: 'Reviewer',
  total: (count: number) => `${count} in total`,
  forbidden: 'You are not allowed to see this page.',
};

const MESSAGES: Record<Lang, Messages> = { ko, en };

/** Stage names in flow order (SPEC §2, "Flow"). */
export const STAGES = ['allocated', 'proposed', 'approved', 'committed', 'disbursed'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_NAMES: Record<Stage, [string, string]> = {
  allocated: ['배정', 'Allocated'],
  proposed: ['제안', 'Proposed'],
  approved: ['승인', 'Approved'],
  committed: ['약정', 'Committed'],
  disbursed: ['집행', 'Disbursed'],
};

const MATCH_STATUS_NAMES: Record<string, [string, string]> = {
  PROPOSED: ['검토 대기', 'Proposed'],
  INFO_REQUESTED: ['보완 요청됨', 'Info requested'],
  APPROVED: ['승인됨', 'Approved'],
  REJECTED: ['반려됨', 'Rejected'],
  COMMITTED: ['약정됨', 'Committed'],
  BUDGET_REJECTED: ['예산 부족 반려', 'Budget rejected'],
  DISBURSED: ['집행됨', 'Disbursed'],
  WITHDRAWN: ['철회됨', 'Withdrawn'],
};

const DECISION_NAMES: Record<string, [string, string]> = {
  APPROVE: ['승인', 'Approved'],
  REJECT: ['반려', 'Rejected'],
  REQUEST_INFO: ['보완 요청', 'Requested info'],
};

/** Scoring rules of the matching service (MatchEvaluator); unknown rules show their code. */
const RULE_NAMES: Record<string, [string, string]> = {
  REGION: ['지역', 'Region'],
  INDUSTRY_FIT: ['산업 적합도', 'Industry fit'],
  STAGE_FIT: ['성장 단계', 'Growth stage'],
  SIZE: ['기업 규모', 'Company size'],
  INSTRUMENT: ['지원 수단', 'Instrument'],
  TICKET_FIT: ['지원 규모', 'Ticket size'],
  CERTIFICATION: ['인증', 'Certifications'],
  NON_CAPITAL_REGION: ['비수도권', 'Non-capital region'],
  REMAINING_BUDGET: ['잔여 예산', 'Remaining budget'],
  THRESHOLD: ['제안 기준점', 'Proposal threshold'],
};

const GROUP_BY_NAMES: Record<string, [string, string]> = {
  region: ['지역', 'Region'],
  industry: ['산업', 'Industry'],
  instrument: ['지원 수단', 'Instrument'],
  channel: ['운용 채널', 'Channel'],
  stage: ['성장 단계', 'Growth stage'],
};

const ROLE_NAMES: Record<string, [string, string]> = {
  MINISTRY: ['부처', 'Ministry'],
  OPERATOR: ['운용기관', 'Operator'],
  WORKING_GROUP: ['지역 실무협의체', 'Working group'],
  OPS: ['운영', 'Operations'],
};

/** Reference data names (platform's R__reference_data.sql), short forms for charts. */
const REFERENCE_NAMES: Record<string, [string, string]> = {
  SEOUL: ['서울', 'Seoul'],
  BUSAN: ['부산', 'Busan'],
  DAEGU: ['대구', 'Daegu'],
  INCHEON: ['인천', 'Incheon'],
  GWANGJU: ['광주', 'Gwangju'],
  DAEJEON: ['대전', 'Daejeon'],
  ULSAN: ['울산', 'Ulsan'],
  SEJONG: ['세종', 'Sejong'],
  GYEONGGI: ['경기', 'Gyeonggi'],
  GANGWON: ['강원', 'Gangwon'],
  CHUNGBUK: ['충북', 'Chungbuk'],
  CHUNGNAM: ['충남', 'Chungnam'],
  JEONBUK: ['전북', 'Jeonbuk'],
  JEONNAM: ['전남', 'Jeonnam'],
  GYEONGBUK: ['경북', 'Gyeongbuk'],
  GYEONGNAM: ['경남', 'Gyeongnam'],
  JEJU: ['제주', 'Jeju'],
  AI: ['인공지능', 'AI'],
  AI_SEMICONDUCTOR: ['AI 반도체', 'AI semiconductors'],
  SEMICONDUCTOR: ['반도체', 'Semiconductors'],
  POWER_SEMICONDUCTOR: ['전력반도체', 'Power semiconductors'],
  SECONDARY_BATTERY: ['이차전지', 'Secondary batteries'],
  BIO: ['바이오', 'Bio'],
  HYDROGEN: ['수소', 'Hydrogen'],
  HUMANOID_ROBOTICS: ['휴머노이드·로봇', 'Robots and humanoids'],
  AI_FACTORY: ['AI 팩토리', 'AI factories'],
  SHIPBUILDING: ['조선해양', 'Shipbuilding'],
  FUTURE_MOBILITY: ['미래 모빌리티', 'Future mobility'],
  ENERGY_EFFICIENCY: ['에너지 효율', 'Energy efficiency'],
  MEDIA_CONTENT: ['미디어·콘텐츠', 'Media and content'],
  LOGISTICS: ['물류', 'Logistics'],
  DIRECT_INVESTMENT: ['직접투자', 'Direct investment'],
  INDIRECT_INVESTMENT: ['간접투자', 'Indirect investment'],
  INFRA_INVESTMENT_LOAN: ['인프라 투·융자', 'Infrastructure investment and loans'],
  LOW_RATE_LOAN: ['초저리 대출', 'Low-rate loans'],
  LOAN_GUARANTEE: ['보증', 'Loan guarantees'],
  INTEREST_SUBSIDY: ['이자차액보전', 'Interest subsidies'],
  GRANT: ['보조금', 'Grants'],
  STARTUP: ['창업', 'Startup'],
  GROWTH: ['성장', 'Growth'],
  EXPANSION: ['확장', 'Expansion'],
  LEAP: ['도약', 'Leap'],
};

/** The 17 regions (SPEC §2). */
export const REGION_CODES: ReadonlySet<string> = new Set(['SEOUL', 'BUSAN', 'DAEGU', 'INCHEON', 'GWANGJU', 'DAEJEON',
  'ULSAN', 'SEJONG', 'GYEONGGI', 'GANGWON', 'CHUNGBUK', 'CHUNGNAM', 'JEONBUK', 'JEONNAM', 'GYEONGBUK', 'GYEONGNAM', 'JEJU']);

/** The capital area (수도권, SPEC §2). */
export const CAPITAL_AREA: ReadonlySet<string> = new Set(['SEOUL', 'INCHEON', 'GYEONGGI']);

let current: Lang = readStoredLang();

function readStoredLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'ko';
  }
  catch {
    return 'ko';
  }
}

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  try {
    globalThis.localStorage?.setItem(LANG_KEY, next);
  }
  catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/** The messages of the current language. */
export function t(): Messages {
  return MESSAGES[current];
}

export function messagesFor(language: Lang): Messages {
  return MESSAGES[language];
}

function pick(names: [string, string] | undefined, fallback: string, language: Lang): string {
  if (!names) {
    return fallback;
  }
  return language === 'ko' ? names[0] : names[1];
}

export function stageName(stage: Stage, language: Lang = current): string {
  return pick(STAGE_NAMES[stage], stage, language);
}

export function statusName(status: string, language: Lang = current): string {
  return pick(MATCH_STATUS_NAMES[status], status, language);
}

export function decisionName(decision: string, language: Lang = current): string {
  return pick(DECISION_NAMES[decision], decision, language);
}

export function ruleName(rule: string, language: Lang = current): string {
  return pick(RULE_NAMES[rule], rule, language);
}

export function groupByName(groupBy: string, language: Lang = current): string {
  return pick(GROUP_BY_NAMES[groupBy], groupBy, language);
}

export function roleName(role: string, language: Lang = current): string {
  return pick(ROLE_NAMES[role], role, language);
}

/**
 * A reference code (region, industry, instrument, stage) in the current language. Codes may carry a
 * kind prefix ("region:GYEONGBUK"); unknown codes fall back to the server's label, then the code itself.
 */
export function referenceName(code: string, serverLabel?: string, language: Lang = current): string {
  const bare = code.includes(':') ? code.slice(code.lastIndexOf(':') + 1) : code;
  const known = REFERENCE_NAMES[bare];
  if (known) {
    return pick(known, bare, language);
  }
  return serverLabel && serverLabel.length > 0 ? serverLabel : bare;
}
