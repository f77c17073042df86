// Concept wording: the one table of how each concept key is named in Arabic ("death" → قتلى /
// القتلى, "percent:turnout" → نسبة المشاركة), used by the claims' own labels and by the topic
// labels of the comparison. A key built from parts ("death:soldier", "voter:at:11",
// "death:in:2011") is named from its parts.

import { AMONG_GROUP, GROUP_NAMES } from './rate-group';
import { instanceWords } from './measure';
import { periodWords, splitPeriod } from './period';

export interface Noun {
  /** Head of a construct phrase ("قتلى" + "كندا"), or absent where Arabic would not build one. */
  construct?: string;
  /** Standing alone or before "في …" ("القتلى"). */
  definite: string;
  /** Takes the event noun ("قتلى الزلزال"). */
  event?: boolean;
  /** What is measured is the event itself: no owner or place. */
  scopeless?: boolean;
  /** Words that close the label ("في الجولة الأولى"). */
  suffix?: string;
}

const NOUNS: Record<string, Noun> = {
  death: { construct: 'قتلى', definite: 'القتلى', event: true },
  injured: { construct: 'جرحى', definite: 'الجرحى', event: true },
  'injured:severe': { definite: 'الإصابات الخطيرة' },
  'injured:critical': { definite: 'الحالات الحرجة' },
  'injured:suspected': { definite: 'الحالات المشتبه بها' },
  'death:suspected': { definite: 'الوفيات قيد التحقيق' },
  'injured:treated': { definite: 'الجرحى في المستشفيات' },
  missing: { definite: 'المفقودون' },
  trapped: { definite: 'العالقون' },
  displaced: { definite: 'النازحون' },
  unemployed: { definite: 'العاطلون عن العمل' },
  'unemployed:registered': { definite: 'العاطلون المسجلون لدى مكاتب التشغيل' },
  employed: { definite: 'المشتغلون' },
  labour: { definite: 'القوة العاملة' },
  evacuated: { definite: 'من تم إجلاؤهم' },
  sheltered: { definite: 'المقيمون في مراكز الإيواء' },
  crowd: { definite: 'المحتشدون' },
  crossed: { definite: 'العابرون' },
  buried: { definite: 'المدفونون' },
  bodies: { construct: 'جثث', definite: 'الجثث' },
  rescued: { definite: 'الناجون' },
  aboard: { definite: 'من كانوا على المتن' },
  'team:rescue': { construct: 'فرق إنقاذ', definite: 'فرق الإنقاذ' },
  affected: { definite: 'المتضررون' },
  poisoned: { definite: 'المصابون بالتسمم' },
  recovered: { definite: 'المتعافون' },
  building: { construct: 'مباني', definite: 'المباني' },
  'building:destroyed': { definite: 'المباني المدمرة' },
  'building:damaged': { definite: 'المباني المتضررة' },
  'building:damaged-partly': { definite: 'المباني المتضررة جزئيا' },
  'building:destroyed-or-damaged': { definite: 'المباني المدمرة أو المتضررة' },
  'building:threatened': { definite: 'المباني المهددة' },
  magnitude: { definite: 'قوة الزلزال', scopeless: true },
  depth: { definite: 'عمق الزلزال', scopeless: true },
  'magnitude:aftershock': { definite: 'قوة الزلزال الثاني', scopeless: true },
  soldier: { construct: 'جنود', definite: 'الجنود' },
  votes: { construct: 'أصوات', definite: 'الأصوات' },
  voter: { definite: 'الناخبون' },
  'votes:valid': { definite: 'الأصوات الصحيحة' },
  'votes:invalid': { definite: 'الأصوات الباطلة' },
  'votes:preferential': { definite: 'الأصوات التفضيلية' },
  'votes:margin': { definite: 'فارق الأصوات' },
  'percent:margin': { definite: 'الفارق بالنقاط' },
  'votes:lost': { definite: 'الأصوات المفقودة' },
  'votes:gained': { definite: 'الأصوات المكتسبة' },
  'votes:blank': { definite: 'الأوراق البيضاء' },
  'votes:cast': { definite: 'الأصوات المدلى بها' },
  'votes:postal': { definite: 'الأصوات البريدية' },
  'percent:valid': { definite: 'نسبة الأصوات الصحيحة' },
  'percent:invalid': { definite: 'نسبة الأصوات الباطلة' },
  'percent:blank': { definite: 'نسبة الأوراق البيضاء' },
  'percent:cast': { definite: 'نسبة الأصوات المدلى بها' },
  missile: { construct: 'صواريخ', definite: 'الصواريخ' },
  drone: { construct: 'مسيّرات', definite: 'المسيّرات' },
  vehicle: { construct: 'آليات', definite: 'الآليات' },
  // Counted things (concepts.ts THINGS), as news names them.
  truck: { construct: 'شاحنات', definite: 'الشاحنات' },
  boat: { construct: 'قوارب', definite: 'القوارب' },
  car: { construct: 'سيارات', definite: 'السيارات' },
  shop: { construct: 'محلات', definite: 'المحلات' },
  'shop:destroyed': { definite: 'المحلات المحترقة أو المدمرة' },
  'shop:damaged': { definite: 'المحلات المتضررة' },
  'shop:damaged-partly': { definite: 'المحلات المتضررة جزئيا' },
  'shop:destroyed-or-damaged': { definite: 'المحلات المدمرة أو المتضررة' },
  'shop:threatened': { definite: 'المحلات المهددة' },
  ambulance: { construct: 'سيارات إسعاف', definite: 'سيارات الإسعاف' },
  aftershock: { definite: 'الهزات الارتدادية', scopeless: true },
  tent: { construct: 'خيام', definite: 'الخيام' },
  convoy: { construct: 'قوافل', definite: 'القوافل' },
  school: { construct: 'مدارس', definite: 'المدارس' },
  hospital: { construct: 'مستشفيات', definite: 'المستشفيات' },
  flight: { construct: 'رحلات', definite: 'الرحلات' },
  village: { construct: 'قرى', definite: 'القرى' },
  municipality: { construct: 'بلديات', definite: 'البلديات' },
  'municipality:partial': { definite: 'البلديات في النتائج الجزئية' },
  seat: { construct: 'مقاعد', definite: 'المقاعد' },
  'seat:lost': { definite: 'المقاعد المفقودة' },
  'seat:gained': { definite: 'المقاعد المكتسبة' },
  'seat:margin': { definite: 'فارق المقاعد' },
  'seat:total': { definite: 'مجموع المقاعد' },
  'seat:majority': { definite: 'مقاعد الأغلبية' },
  'seat:district': { definite: 'مقاعد الدائرة' },
  'seat:combined': { definite: 'مقاعد الأحزاب مجتمعة' },
  'seat:partial': { definite: 'المقاعد في النتائج الجزئية' },
  fire: { construct: 'حرائق', definite: 'الحرائق' },
  dose: { construct: 'جرعات', definite: 'الجرعات' },
  floor: { construct: 'طوابق', definite: 'عدد طوابق المبنى' },
  'floor:planned': { construct: 'طوابق', definite: 'الطوابق المرخصة أو المضافة' },
  area: { construct: 'مساحة', definite: 'المساحة' },
  'area:treated': { definite: 'المساحة المعالجة' },
  jobs: { definite: 'فرص العمل' },
  tourist: { definite: 'السياح' },
  distance: { definite: 'المسافة' },
  vaccinated: { definite: 'من تلقوا اللقاح' },
  'sheltered:still': { definite: 'من لا يزالون في مراكز الإيواء' },
  speed: { definite: 'السرعة' },
  'speed:wind': { definite: 'سرعة الرياح' },
  'speed:gust': { definite: 'سرعة هبات الرياح' },
  'speed:movement': { definite: 'سرعة تحرك العاصفة' },
  'speed:limit': { definite: 'السرعة المسموح بها' },
  population: { construct: 'سكان', definite: 'السكان' },
  'percent:counted': { definite: 'نسبة الفرز', scopeless: true },
  'percent:vote': { construct: 'نسبة أصوات', definite: 'نسبة الأصوات' },
  'percent:vote:round1': { construct: 'نسبة أصوات', definite: 'نسبة الأصوات', suffix: 'في الجولة الأولى' },
  'percent:share': { construct: 'حصة', definite: 'الحصة' },
  'percent:seats': { construct: 'نسبة مقاعد', definite: 'نسبة المقاعد' },
  'percent:inflation': { construct: 'معدل تضخم', definite: 'معدل التضخم' },
  'percent:inflation:core': { definite: 'معدل التضخم الأساسي' },
  'percent:inflation:food': { definite: 'معدل تضخم أسعار الغذاء' },
  'percent:inflation:nonfood': { definite: 'معدل تضخم أسعار المواد غير الغذائية' },
  'percent:inflation:noncore': { definite: 'معدل التضخم غير الأساسي' },
  'percent:inflation:average': { definite: 'متوسط معدل التضخم' },
  'percent:interest': { construct: 'سعر فائدة', definite: 'سعر الفائدة' },
  'percent:interest:deposit': { definite: 'سعر الفائدة على الإيداع' },
  'percent:interest:lending': { definite: 'سعر الفائدة على الإقراض' },
  'percent:unemployment': { construct: 'معدل بطالة', definite: 'معدل البطالة' },
  'percent:growth': { construct: 'معدل نمو', definite: 'معدل النمو' },
  'percent:growth:down': { definite: 'نسبة الانكماش' },
  'percent:growth:nominal': { definite: 'النمو الاسمي' },
  'percent:deficit': { construct: 'نسبة عجز', definite: 'نسبة العجز' },
  'percent:surplus': { construct: 'نسبة فائض', definite: 'نسبة الفائض' },
  'money:deal': { construct: 'قيمة صفقة', definite: 'قيمة الصفقة' },
  'money:tranche': { construct: 'دفعة', definite: 'الدفعة' },
  'money:tranche:1': { definite: 'الدفعة الأولى' },
  'money:tranche:2': { definite: 'الدفعة الثانية' },
  'money:deposit': { construct: 'ودائع', definite: 'الودائع' },
  'money:rights': { definite: 'قيمة حقوق التطوير' },
  'money:deal:part': { definite: 'المبلغ من الصفقة' },
  'money:tranche:part': { definite: 'المبلغ من الدفعة' },
  'money:deposit:part': { definite: 'المبلغ من الودائع' },
  'money:rights:part': { definite: 'المبلغ من حقوق التطوير' },
  money: { definite: 'المبلغ' },
  'money:loan': { construct: 'قيمة قرض', definite: 'قيمة القرض' },
  'money:revenue': { construct: 'إيرادات', definite: 'الإيرادات' },
  'money:profit': { construct: 'أرباح', definite: 'الأرباح' },
  'money:loss': { construct: 'خسائر', definite: 'الخسائر' },
  'money:reserves': { construct: 'احتياطي', definite: 'الاحتياطي' },
  'money:debt': { construct: 'ديون', definite: 'الديون' },
  'money:exports': { construct: 'صادرات', definite: 'الصادرات' },
  'money:rent': { construct: 'إيجارات', definite: 'الإيجارات' },
  'money:imports': { construct: 'واردات', definite: 'الواردات' },
  'money:deficit': { construct: 'عجز', definite: 'العجز' },
  'money:surplus': { construct: 'فائض', definite: 'الفائض' },
  'money:budget': { construct: 'موازنة', definite: 'الموازنة' },
  'money:spending': { construct: 'نفقات', definite: 'النفقات' },
  'money:income': { construct: 'دخل', definite: 'الدخل' },
  'money:gdp': { construct: 'ناتج', definite: 'الناتج المحلي' },
  'money:gdp:current': { definite: 'الناتج المحلي بالأسعار الجارية' },
  'money:gdp:constant': { definite: 'الناتج المحلي بالأسعار الثابتة' },
  'money:remittance': { construct: 'تحويلات', definite: 'التحويلات' },
  'money:credit': { construct: 'ائتمان', definite: 'الائتمان' },
  'money:assets': { construct: 'أصول', definite: 'الأصول' },
  'money:fine': { construct: 'غرامة', definite: 'الغرامة' },
  'money:bail': { construct: 'كفالة', definite: 'الكفالة' },
  'money:wage': { construct: 'راتب', definite: 'الراتب' },
  'money:compensation': { construct: 'تعويض', definite: 'التعويض' },
  'money:ransom': { construct: 'فدية', definite: 'الفدية' },
  'money:allocated': { construct: 'مخصصات', definite: 'المخصصات' },
  'percent:turnout': { definite: 'نسبة المشاركة' },
  'percent:abstention': { definite: 'نسبة الامتناع عن التصويت' },
  'percent:turnout:round1': { definite: 'نسبة المشاركة', suffix: 'في الجولة الأولى' },
  'voter:registered': { definite: 'الناخبون المسجلون' },
  casualties: { definite: 'القتلى والجرحى معا', event: false },
  arrested: { definite: 'المعتقلون' },
  abducted: { definite: 'المخطوفون' },
  escaped: { definite: 'الفارون' },
  remanded: { definite: 'المحبوسون احتياطيا' },
  'livestock:lost': { definite: 'رؤوس الماشية النافقة' },
  'livestock:vaccinated': { definite: 'رؤوس الماشية الملقحة' },
  'worker:staff': { definite: 'العاملون في المنشأة' },
  graduate: { definite: 'الخريجون' },
  people: { definite: 'الأشخاص' },
  civilian: { definite: 'المدنيون' },
  migrant: { definite: 'المهاجرون' },
  child: { definite: 'الأطفال' },
  woman: { definite: 'النساء' },
  patient: { definite: 'المرضى' },
  passenger: { definite: 'الركاب' },
  worker: { definite: 'العمال' },
  hostage: { definite: 'المحتجزون' },
  prisoner: { definite: 'الأسرى' },
  foreigner: { definite: 'الأجانب' },
  militant: { definite: 'المسلحون' },
  journalist: { definite: 'الصحفيون' },
  medic: { definite: 'المسعفون والأطباء' },
  student: { definite: 'الطلاب' },
  pilgrim: { definite: 'الحجاج والمعتمرون' },
  family: { definite: 'الأسر' },
  shelter: { definite: 'مراكز الإيواء' },
  firefighter: { definite: 'رجال الإطفاء' },
  // Households counted by what befell them (concepts.ts countsFamilies), named as relief agencies do.
  'displaced:family': { definite: 'الأسر النازحة' },
  'affected:family': { definite: 'الأسر المتضررة' },
  'evacuated:family': { definite: 'الأسر التي تم إجلاؤها' },
};

// Who an event is counted among ("death:soldier" → "القتلى من العسكريين").
const AMONG: Record<string, string> = {
  soldier: 'العسكريين',
  civilian: 'المدنيين',
  migrant: 'المهاجرين',
  child: 'الأطفال',
  woman: 'النساء',
  patient: 'المرضى',
  passenger: 'الركاب',
  worker: 'العمال',
  hostage: 'المحتجزين',
  prisoner: 'الأسرى',
  foreigner: 'الأجانب',
  militant: 'المسلحين',
  journalist: 'الصحفيين',
  medic: 'المسعفين والأطباء',
  student: 'الطلاب',
  pilgrim: 'الحجاج والمعتمرين',
  family: 'الأسر',
  firefighter: 'رجال الإطفاء',
};

// The words a concept's suffix adds to its base's noun: "أقل من التوقعات بـ …", a gap against a forecast
// (claims/index.ts againstForecast); "الصادرات وفق ميزان المدفوعات", the balance-of-payments basis
// (bop-basis.ts); one trading partner's or one group of goods' part of the trade (money.ts); "المقاعد في
// المجالس المحلية", a local council's seats.
const SUFFIX_WORDS: [RegExp, string][] = [
  [/^(.*):vs-forecast$/, 'مقارنة بالتوقعات'],
  [/^(.*):bop$/, 'وفق ميزان المدفوعات'],
  [/^(.*):partner$/, 'مع شريك تجاري واحد'],
  [/^(.*):group$/, 'لمجموعة سلعية واحدة'],
  [/^(.*):local$/, 'في المجالس المحلية'],
];

/**
 * The noun of a concept key: as listed, or built from its parts — an event among a group
 * ("death:soldier"), a figure at a time of day ("percent:vote:at:11" → "… حتى الساعة 11").
 */
export function nounOf(concept: string): Noun | undefined {
  if (NOUNS[concept]) return NOUNS[concept];
  for (const [suffix, words] of SUFFIX_WORDS) {
    const m = suffix.exec(concept);
    if (!m) continue;
    const base = nounOf(m[1]);
    return base && { ...base, construct: undefined, suffix: [base.suffix, words].filter(Boolean).join(' ') };
  }
  // "عجز الحساب الجاري": the current account's gap (money.ts).
  const account = /^(money|percent):(deficit|surplus):current-account$/.exec(concept);
  if (account) return { definite: `${account[1] === 'percent' ? 'نسبة ' : ''}${account[2] === 'deficit' ? 'عجز' : 'فائض'} الحساب الجاري` };
  // "الدفعة الأولى", "الزلزال الثاني": one instance of several.
  const nth = /^(.*):nth:\d:[^:]+$/.exec(concept);
  if (nth) {
    const base = nounOf(nth[1]);
    return base && { ...base, construct: undefined, suffix: [base.suffix, instanceWords(concept)].filter(Boolean).join(' ') };
  }
  // "القيمة السوقية", "القيمة": the value of a thing the sentence names (money.ts valueOfNamed),
  // which the label's scope and quote tell.
  const valued = /^money:value:([^:]+)$/.exec(concept);
  if (valued) return { definite: valued[1] === 'market' ? 'القيمة السوقية' : 'القيمة' };
  // "الزيادة في الإيرادات": the amount a sum moved by.
  const moved = /^(money:[a-z]+):change(?::(up|down))?$/.exec(concept);
  if (moved) {
    const base = nounOf(moved[1]);
    return base && { definite: `${moved[2] === 'down' ? 'التراجع' : moved[2] === 'up' ? 'الزيادة' : 'التغير'} في ${base.definite}` };
  }
  // One sector's growth (sector.ts): the label names the sector in the article's words.
  if (concept.startsWith('percent:growth:sector:')) return { definite: concept.endsWith(':down') ? 'نسبة انكماش القطاع' : 'معدل نمو القطاع' };
  // "نسبة تراجع الإيرادات": a change in per cent of a sum or a currency, up or down.
  const change = /^percent:change:([a-z]+)(?::[^:]+)?:(up|down)$/.exec(concept);
  if (change) {
    const of = change[1] === 'currency' ? 'العملة' : nounOf(`money:${change[1]}`)?.definite;
    return of ? { definite: `نسبة ${change[2] === 'up' ? 'ارتفاع' : 'تراجع'} ${of}` } : undefined;
  }
  // "في شهر مارس"، "على أساس سنوي": the period a figure covers, the base of a rate.
  const [periodless, periods] = splitPeriod(concept);
  if (periods.length > 0) {
    const base = nounOf(periodless);
    return base && { ...base, construct: undefined, suffix: [base.suffix, ...periods.map(periodWords)].filter(Boolean).join(' ') };
  }
  // "داخل البلاد", "في الخارج": an election's turnout or voters at home or abroad (home-abroad.ts).
  const where = /^(.*):(home|abroad)$/.exec(concept);
  if (where) {
    const base = nounOf(where[1]);
    return base && { ...base, construct: undefined, suffix: [base.suffix, where[2] === 'home' ? 'داخل البلاد' : 'في الخارج'].filter(Boolean).join(' ') };
  }
  // "بين الإناث": one group's rate of a labour-force survey (rate-group.ts).
  // («بين الشباب من 15 إلى 24 عاما», «دون 30 عاما»: youth of the ages named.)
  const among = AMONG_GROUP.exec(concept);
  if (among && GROUP_NAMES[among[1]]) {
    const base = nounOf(concept.slice(0, among.index));
    const ages = among[2] ? `من ${among[2]} إلى ${among[3]} عاما` : among[4] ? `دون ${among[4]} عاما` : '';
    return base && { ...base, construct: undefined, suffix: [base.suffix, `بين ${GROUP_NAMES[among[1]]}`, ages].filter(Boolean).join(' ') };
  }
  // "منذ بدء الحرب": a cumulative figure, kept apart from one event's or one day's.
  const since = /^(.*):since$/.exec(concept);
  if (since) {
    const base = nounOf(since[1]);
    return base && { ...base, construct: undefined, suffix: [base.suffix, 'منذ البداية'].filter(Boolean).join(' ') };
  }
  // «نقل 5 آلاف لاجئ إلى مخيم»: those moved somewhere (concept-of.ts movedThere).
  const relocated = /^(.*):moved$/.exec(concept);
  if (relocated) {
    const base = nounOf(relocated[1]);
    return base && { definite: `${base.definite} المنقولون` };
  }
  const added = /^(.*):new$/.exec(concept);
  if (added) {
    const base = nounOf(added[1]);
    return base && { definite: `${base.definite} الجدد` };
  }
  const at = /^(.*):at:(.+)$/.exec(concept);
  if (at) {
    const base = nounOf(at[1]);
    const days = ['الأول', 'الثاني', 'الثالث'];
    const nth = /^day([123])$/.exec(at[2]);
    const when = at[2] === 'day' ? 'خلال النهار' : at[2] === 'before-close' ? 'قبل إغلاق مراكز الاقتراع' : nth ? `في اليوم ${days[Number(nth[1]) - 1]} من الاقتراع` : `حتى الساعة ${at[2]}`;
    return base && { ...base, construct: undefined, suffix: [base.suffix, when].filter(Boolean).join(' ') };
  }
  // A year's figure ("…:in:2011"), a part ("بينهم 21"), the (un)identified dead, an addition, the
  // wounded who died since.
  const year = /^(.*):in:(\d{4})$/.exec(concept);
  if (year) {
    const base = nounOf(year[1]);
    return base && { ...base, construct: undefined, suffix: [base.suffix, `في ${year[2]}`].filter(Boolean).join(' ') };
  }
  const kind = /^(.*):(part|identified|unidentified|additional|received|others|of-wounds)$/.exec(concept);
  if (kind) {
    const base = nounOf(kind[1]);
    if (!base) return undefined;
    if (kind[2] === 'part') return { definite: `جزء من ${base.definite}` };
    if (kind[2] === 'others') return { definite: `${base.definite} الآخرون` };
    if (kind[2] === 'of-wounds') return { definite: 'من توفوا متأثرين بجروحهم' };
    if (kind[2] === 'received') return { definite: `من استقبلهم المستشفى من ${base.definite}` };
    if (kind[2] === 'additional') return { definite: `${base.definite} (مبلغ إضافي)` };
    return { definite: `${base.definite} ${kind[2] === 'identified' ? 'معلومو الهوية' : 'مجهولو الهوية'}` };
  }
  const parts = concept.split(':');
  const group = AMONG[parts[parts.length - 1]];
  const base = NOUNS[parts.slice(0, -1).join(':')];
  if (group && base) return { definite: `${base.definite} من ${group}` };
  // "distance:km", "depth:mile": the unit only keeps miles and kilometres apart.
  if (parts[0] === 'distance' || parts[0] === 'depth') return NOUNS[parts[0]];
  if (parts[0] === 'speed' && parts[parts.length - 1] === 'mph') return NOUNS[parts.slice(0, -1).join(':')];
  return undefined;
}

/** The noun phrase of a concept standing alone ("نسبة الأصوات في الجولة الأولى"), or null. */
export function conceptNoun(concept: string): string | null {
  const n = nounOf(concept);
  return n ? [n.definite, n.suffix].filter(Boolean).join(' ') : null;
}
