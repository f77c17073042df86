// What a figure counts: a small lexicon grouping the words outlets use for one thing
// (جندي/جنود/عسكري/عسكريين → soldier; قتيل/قتلى/وفاة/ضحية → death; مصاب/جريح/إصابة → injured).

import { normalizeArabic, stem, stripClitics, STOPWORDS } from '../text/normalize';
import { isHighlightQuote, isQuoteMark, type Token } from '../text/tokens';
import { RANK_ADVERB } from '../text/people';

const LEXICON: Record<string, string> = {
  soldier: 'جندي جنود جنديا جنودا عسكري عسكريين عسكريون عسكريا مقاتل مقاتلين مقاتلون مقاتلا ضابط ضباط',
  // («راح ضحيته/ضحيتها N شخصا»: the victims of an attack or a disaster, with its pronoun; the dual
  // of a verb of death, «قُتلا»، «لقيا حتفهما», names the event for two.)
  death: 'قتيل قتلى قتيلا وفاة وفيات الوفيات ضحية ضحايا ضحيته ضحيتها ضحيتهم ضحاياه ضحاياها متوفى مقتل حصيلة قتل قتلوا قتلت حتفهم موتى هالك مصرع مصرعهم مصرعه حتفه توفي توفوا توفيت استشهد استشهدوا استشهدت استشهاد شهيد شهداء شهيدا غرقى غرقا لقوا اودت اودى قضوا قتلا قتلتا لقيا حتفهما مصرعهما توفيا استشهدا يقتل تقتل يقتلون غرقوا وفاتان وفاتين',
  // («وقتلت القوات 12 مسلحا وأصابت 20»: the verb in the feminine and the plural too; «23 حالة عمى»,
  // cases of a harm such as blindness.)
  injured: 'مصاب مصابين مصابون مصابا جريح جرحى جريحا جروح اصابة اصابات اصيب اصيبوا اصيبت جرحوا يصاب حروق يصيب تصيب يصيبون اصابت اصابوا اختناق عمى',
  missing: 'مفقود مفقودين مفقودون مفقودا المفقودين فقدان',
  // Held where they are, neither missing nor rescued yet («بقي 9 عمال عالقين في النفق», «حوصر 20 عاملا»,
  // «ستة محاصرين في الطابق الثالث», «المطمورين تحت الأنقاض»): outlets count them apart from the missing.
  trapped: 'حوصر حوصروا عالق عالقين عالقون عالقا محاصر محاصرين محاصرون محاصرا مطمور مطمورين مطمورون مطمورا',
  // (With the present tense of headlines: «زلزال يقتل 300», «انفجار يصيب 20», «الفيضانات تشرد الآلاف».)
  // («نزح 30 ألف شخص», «نزوح 30 ألفا»: the verb in the singular before its subject, and its noun.)
  displaced: 'نازح نازحين نازحون نازحا مشرد مشردين مشردا مهجر نزحوا فروا فر فرت يشرد تشرد نزح نزوح نزحت شردت تشردت',
  // Moved out of harm's way by the authorities («تم إجلاء 30 ألف شخص», «إجلاء 500 من السكان»,
  // «أجلت السلطات 3 آلاف شخص», «عدد من جرى إجلاؤهم», «الذين أُجلوا», «إخلاء 200 أسرة»): outlets
  // count them apart from those who fled.
  // («أكثر من 2000 شخص أُخلوا من منازلهم», «35 عائلة أُخليت»: «أخلى» too, in the feminine
  // and the passive.)
  evacuated: 'اجلاء اجلي اجلت اجلوا اجليت اجلاوهم اجلاوها اجلايهم اخلاء اخلوا اخلي اخليت اخلت',
  // Staying in the shelters an authority opened («لجأ 420 شخصا إلى مراكز الإيواء», «عدد المقيمين
  // في مراكز الإيواء 612»): a count relief bodies give apart from the displaced.
  // («بلغ عدد الذين جرى إيواؤهم 620 شخصا»: with its pronoun too.)
  sheltered: 'ايواء الايواء ايواوهم لجا لجاوا لجووا ملاجي الملاجي',
  // A crowd where something happened («نحو 3 آلاف شخص تجمعوا أمام البوابة», «احتشد 5 آلاف»):
  // outlets give its size apart from any toll. («200 شخص هرعوا إلى المكان»: people who rushed there.)
  crowd: 'احتشد احتشدوا تجمعوا هرعوا',
  // Crossing a border is a flow ("عبروا من … إلى …"), another figure than those displaced.
  crossed: 'عبروا عبور غادروا',
  // («وأن 9 منهم دُفنوا أمس»: the verb in the plural and the feminine too.)
  buried: 'دفن دفنهم دفنوا دفنت',
  bodies: 'جثة جثث جثمان جثامين',
  // (The verb in the plural and feminine, "أنقذوا", "أنقذت", as well as "أنقذ"; «عدد الذين انتُشلوا
  // أحياء»: those pulled out, a figure's own noun such as «جثة» says when they were dead.)
  rescued: 'انقاذ ناجين ناجيا ناجون انقذ انقذوا انقذت انتشال انتشلوا',
  // (With the present tense of headlines too: «الجيش يقتل 31 مسلحا ويعتقل 171».)
  arrested: 'معتقل معتقلين معتقلا اعتقال اعتقل اعتقلت اعتقلوا يعتقل تعتقل موقوف موقوفين توقيف قبض',
  // Abducted by an armed group («خطف مسلحون 187 تلميذا», «اختطاف 20 شخصا», «عدد المخطوفين»):
  // kidnappings in the news count those taken, apart from those held still or freed since.
  // («واقتادوا معهم 14 طفلا»: those the attackers led away with them.)
  abducted: 'اقتاد اقتادوا اقتادت خطف خطفوا خطفت خطفهم خطفها يخطف يخطفون تخطف اختطاف اختطف اختطفوا اختطفت اختطفهم يختطف يختطفون مخطوف مخطوفين مخطوفون مخطوفا مختطف مختطفين مختطفون مختطفا',
  // Remanded in custody by a prosecutor («قررت النيابة حبس 6 من العاملين»): some of those arrested,
  // a count of its own.
  remanded: 'حبس محبوس محبوسين محبوسا',
  affected: 'متضرر متضررين متضررا منكوبين تضرر تضررت تضرروا تاثر تاثرت تاثروا اثرت',
  // An epidemic's recovered («تماثلت للشفاء منها 581 حالة», «الحالات التي شفيت»): a running count of their own.
  recovered: 'شفاء الشفاء للشفاء شفيت شفي شفوا تعافي تعافت تعافوا متعافين متعافيا',
  // Food or gas poisoning («أصيب 50 زائرا بتسمم غذائي», «تعرض 14 للتسمم»): outlets count the poisoned.
  poisoned: 'تسمم التسمم متسمم متسممين مسمم',
  building: 'مبنى مباني مبان منزل منازل بيت بيوت مسكن مساكن',
  magnitude: 'درجة درجات ريختر',
  votes: 'صوت صوتا اصوات',
  // Those who voted: "ناخب", "مقترع", "أدلوا بأصواتهم", "صوتوا".
  voter: 'ناخب ناخبين ناخبا مقترع مقترعين مقترعا مقترعون ادلوا صوتوا',
  missile: 'صاروخ صواريخ صاروخا',
  drone: 'مسيرة مسيرات مسيره',
  vehicle: 'دبابة دبابات مركبة مركبات عربة عربات مدرعة مدرعات',
  area: 'مربع هكتار فدان',
  jobs: 'فرصة وظيفة وظائف منصب مناصب',
  tourist: 'سائح سياح',
  // A labour survey's unemployed («عدد العاطلين عن العمل بلغ 8.1 مليون شخص»): a count beside the rate.
  // («متعطل», as some statistics offices name the unemployed.)
  unemployed: 'عاطل عاطلين عاطلون عاطلا متعطل متعطلين متعطلون متعطلا',
  // and its employed («تراجع عدد المشتغلين إلى 21.4 مليون شخص»), the survey's word for them.
  employed: 'مشتغل مشتغلين مشتغلون مشتغلا',
  distance: 'كيلومتر كيلومترا كيلومترات كلم كم ميل ميلا اميال',
  population: 'سكان سكانها يقطنها يقطن يسكنها يسكن قاطنين يعيش يعيشون يقيم يقيمون مقيم مقيمين',
};

// Things counted that outlets compare across reports of one disaster, war, migration, election or
// economy: vehicles sent, lost or stopped (trucks of aid, boats of migrants, ambulances), aftershocks,
// tents, schools, hospitals and villages hit, flights cancelled, seats won. The list comes from the
// ranking of the nouns counted in the background stream (`npx tsx scripts/rank-counted-nouns.ts`:
// ~14,000 unrelated 2015 articles) plus general news knowledge, no word sized to one story. Measured
// and left `unit:` (compare/README.md §2): ships and aircraft (one incident's vessels search, pass
// or sink), air strikes and families (they gave unrelated articles cards; families a fate befell
// are counted as a group of their own since, countsFamilies below), candidates. Matched by
// the word's own forms (singular, plural, accusative, dual), not by stem: «مدرسة» shares its stem
// with «مدرس» (a teacher).
// These are never taken from words near a figure with no noun of its own ("قتل 30 في قرية"):
// only the figure's own noun or the noun after عدد/حصيلة names them (concept-of.ts).
const THINGS: Record<string, string> = {
  truck: 'شاحنه شاحنات شاحنتين شاحنتان',
  boat: 'قارب قوارب قاربا قاربين قاربان زورق زوارق زورقا زورقين زورقان مراكب',
  car: 'سياره سيارات سيارتين سيارتان',
  // A market's shops, whichever word the outlet uses («300 محل», «450 متجرا», «دكاكين»).
  shop: 'محل محلا محلات متجر متجرا متاجر دكان دكاكين',
  aftershock: 'هزه هزات هزتين هزتان',
  tent: 'خيمه خيام خيمتين خيمتان',
  // Aid convoys sent to a stricken area or a besieged town («وصول 14 قافلة», «6 قوافل إغاثية»):
  // relief updates count them, and the broken plural «قوافل» meets its singular.
  convoy: 'قافله قوافل قافلتين قافلتان',
  school: 'مدرسه مدارس مدرستين مدرستان',
  hospital: 'مستشفي مستشفيات مستشفيين مستشفيان',
  flight: 'رحله رحلات رحلتين رحلتان',
  village: 'قريه قري قريتين قريتان قريتي',
  seat: 'مقعد مقاعد مقعدا مقعدين مقعدان',
  // Wildfire and civil-defence reports count fires, and the fires still burning ("26 حريقا لم
  // يتم إخماده"), from one update to the next.
  fire: 'حريق حرائق حريقا حريقين حريقان',
  // Epidemic reports count the vaccine doses sent or received ("وصلت 1.2 مليون جرعة من اللقاح").
  dose: 'جرعه جرعات جرعتين جرعتان',
  // A building's height in floors ("انهيار مبنى من 12 طابقا", "عمارة مكونة من سبعة طوابق"): reports
  // of a collapse or a fire give it and outlets differ on it; the broken plural «طوابق» meets «طابق».
  floor: 'طابق طوابق طابقا طابقين طابقان',
  // Relief reports count the shelters opened from one update to the next («47 مأوى», «36 مركز
  // إيواء», concept-of.ts); not any centre («مراكز علاج الكوليرا»).
  shelter: 'ماوي ملجا ملاجي',
  // Local elections count the municipalities each list won («214 بلدية», «بلديتين»).
  municipality: 'بلديه بلديات بلديتين بلديتان',
};
/** Keys of the counted things above: named only by their own noun, never by a word nearby. */
export const THING_CONCEPTS: ReadonlySet<string> = new Set(Object.keys(THINGS));
const byThingForm = new Map<string, string>();
for (const [key, forms] of Object.entries(THINGS)) for (const f of forms.split(' ')) byThingForm.set(stripClitics(normalizeArabic(f)), key);
// («مقاعدها», «مقاعده», «مدارسهم»: a thing's word with a pronoun of whose, after its own forms.)
const thingByForm = (bare: string): string | null => byThingForm.get(bare) ?? byThingForm.get(bare.replace(/(ها|هم|هما|هن|ه)$/, '')) ?? null;
/** The counted thing one word names ("شاحنات", "بالمدارس", "مقاعدها" → truck, school, seat), or null. */
const thingOf = (w: string): string | null => thingByForm(stripClitics(normalizeArabic(w)));

// Who is counted, when the noun says it ("25 عسكريا", "37 مدنيا", "150 طفلا"): with an event word
// in the clause ("مقتل 25 عسكريا") the figure counts that event among them only — a part, never
// the event's total ("death:soldier" is not "death"). Soldiers alone are troops ("10 آلاف جندي").
const POPULATIONS: Record<string, string> = {
  soldier: 'جندي جنود جنديا جنودا عسكري عسكريين عسكريون عسكريا مقاتل مقاتلين مقاتلون مقاتلا ضابط ضباط شرطي شرطيين عنصر عناصر',
  civilian: 'مدني مدنيين مدنيون مدنيا',
  migrant: 'مهاجر مهاجرين مهاجرون مهاجرا لاجئ لاجئين لاجئون لاجئا',
  child: 'طفل اطفال طفلا',
  woman: 'امراه امرأة نساء سيده سيدات',
  patient: 'مريض مرضى مريضا',
  passenger: 'راكب ركاب راكبا',
  worker: 'عامل عمال عاملا',
  hostage: 'رهينه رهينة رهائن رهاين محتجز محتجزين محتجزا',
  prisoner: 'اسير اسرى اسيرا سجين سجناء',
  // Foreign nationals among the victims of an attack or a disaster ("بينهم ثلاثة أجانب",
  // "أربعة رعايا أجانب"): a part of the toll outlets count apart.
  foreigner: 'اجنبي اجانب اجنبيا رعايا',
  // Gunmen, militants, an armed group's fighters ("بين القتلى أربعة جنود وثمانية مسلحين",
  // "مقتل 40 مسلحا"): the other side's dead, a part of a clash's toll apart from the troops'.
  // («إرهابيين», «متطرفا»: what most outlets call an armed group's fighters.)
  militant: 'مسلح مسلحين مسلحون مسلحا ارهابي ارهابيين ارهابيون ارهابيا متطرف متطرفين متطرفون متطرفا',
  // «مقتل 12 مهاجما»: the attackers an event struck (EVENT_ONLY_POPULATIONS: a team's strikers,
  // «تعاقد مع 3 مهاجمين», stay their noun), counted as the militants they are (STRUCK_AS).
  attacker: 'مهاجم مهاجمين مهاجمون مهاجما',
  // Three nouns for one trade, outlets use any of them ("12 صحفيا", "12 صحافيا", "12 إعلاميا").
  journalist: 'صحفي صحفيين صحفيون صحفيا صحافي صحافيين صحافيون صحافيا اعلامي اعلاميين اعلاميون اعلاميا مراسل مراسلين مراسلون مراسلا',
  medic: 'مسعف مسعفين مسعفون مسعفا طبيب اطباء طبيبا ممرض ممرضين ممرضون ممرضا',
  // («طلبة», the other plural of «طالب», as Levantine and Gulf outlets write it.)
  student: 'طالب طلاب طلبه طالبا طالبات تلميذ تلاميذ تلامذه تلميذا تلميذات',
  pilgrim: 'حاج حجاج حاجا معتمر معتمرين معتمرون معتمرا',
};
/**
 * Groups known only as those an event struck («مقتل 12 صحفيا», «اعتقال 40 طالبا»): counted with
 * nothing happening to them (a programme's students, a season's pilgrims) they stay their noun's
 * `unit:` key, as any noun the lexicon does not know.
 */
export const EVENT_ONLY_POPULATIONS: ReadonlySet<string> = new Set(['journalist', 'medic', 'student', 'pilgrim', 'family', 'attacker']);
/** A group known only by an event that outlets also count under another group's noun: «12 مهاجما» and «12 مسلحا» killed in one raid. */
export const STRUCK_AS: Readonly<Record<string, string>> = { attacker: 'militant' };
/** Keys of the groups a counted noun may name ("soldier", "civilian", …; firefighters by their phrase, concept-of.ts). */
export const POPULATION_KEYS: ReadonlySet<string> = new Set([...Object.keys(POPULATIONS), 'firefighter']);
const byPopulationStem = new Map<string, string>();
for (const [key, forms] of Object.entries(POPULATIONS)) for (const f of forms.split(' ')) byPopulationStem.set(stem(f), key);

// Words sharing a stem with a lexicon word but meaning something else: «أسرة/أسر» (families)
// with «أسرى» (prisoners);
// «قبضة» (a grip) with «القبض» (arrest);
// «مقاتلة/مقاتلات/مقاتلتين» (fighter jets, "3 مقاتلات من طراز …") with «مقاتل/مقاتلين» (fighters);
// «مدن» (cities, "قرب تسع مدن") with «مدني/مدنيين» (civilians).
// «مسلحة/مسلحات» (armed, of a group or a vehicle: "20 جماعة مسلحة") with «مسلح/مسلحين» (gunmen).
// «أمر/أمرًا» (an order, a matter: "71 أمرًا ملكيًا") with «امرأة» (a woman).
const FALSE_FRIENDS = new Set(['اسره', 'اسر', 'قبضه', 'مقاتله', 'مقاتلات', 'مقاتلتين', 'مقاتلتان', 'مدن', 'مسلحه', 'مسلحات', 'امر', 'امرا']);
const isFalseFriend = (w: string): boolean => FALSE_FRIENDS.has(stripClitics(normalizeArabic(w)));

// The dual of a noun ending in ة keeps a ت the stem does not ("دبابتين", "مركبتان", "جثتين"):
// looked up as its singular when the word itself names nothing.
const DUAL_OF_FEMININE = /^(.{2,})(تين|تان)$/;
const singularStem = (w: string): string | null => {
  const m = DUAL_OF_FEMININE.exec(stripClitics(normalizeArabic(w)));
  return m ? stem(`${m[1]}ه`) : null;
};
const lookUp = (table: Map<string, string>, w: string, own: string = stem(w)): string | null => {
  const hit = table.get(own);
  if (hit) return hit;
  const single = singularStem(w);
  return single ? table.get(single) ?? null : null;
};

// «نزحت 1500 أسرة», «تضررت 300 عائلة»: households, as relief agencies count those an event
// struck — another count than the people («الأسر النازحة» are not «النازحون»). (Read apart from
// populationOfUnit, whose false friends keep «أسرة» from «أسرى», prisoners.)
const FAMILY = /^(اسره|اسر|اسرتين|اسرتان|عائله|عائلات|عايله|عايلات|عائلتين|عائلتان)$/;
/** The figure's own counted noun is households («1500 أسرة»), not a noun after it («5 أشخاص من أسرة واحدة»). */
export const countsFamilies = (unit: string | null): boolean => !!unit && FAMILY.test(stripClitics(normalizeArabic(unit.split(/\s+/)[0])));

/** Who a counted noun names ("عسكريا" → soldier, "مدنيين" → civilian), or null. */
export function populationOfUnit(unit: string | null): string | null {
  if (!unit) return null;
  for (const w of unit.split(/\s+/)) {
    if (isFalseFriend(w)) continue;
    const p = lookUp(byPopulationStem, w);
    if (p) return p;
  }
  return null;
}

/** Concepts that say what happened to the people counted: the event, not who. */
export const EVENT_CONCEPTS: ReadonlySet<string> = new Set(['death', 'injured', 'casualties', 'missing', 'trapped', 'displaced', 'evacuated', 'sheltered', 'crossed', 'rescued', 'arrested', 'abducted', 'escaped', 'remanded', 'buried', 'bodies', 'affected', 'poisoned', 'recovered', 'population']);

/** A concept (with or without its sub-concept, «death:others») counting what happened to people. */
export const isEventConcept = (concept: string | null | undefined): boolean => EVENT_CONCEPTS.has((concept ?? '').split(':')[0]);

/** "قتيل وجريح", "القتلى والجرحى", "مقتل وإصابة": a dead word and an injured word joined by و. */
function deadAndInjured(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || b.type !== 'word' || !/^و/.test(b.norm)) return false;
  const pair = [conceptOfWord(a), conceptOfWord(b)];
  return pair.includes('death') && pair.includes('injured');
}
// Words that may stand between a combined noun before the figure and the figure ("حصيلة القتلى
// والجرحى إلى أكثر من 50").
const BEFORE_FIGURE = /^(الى|الي|عن|نحو|حوالي|قرابه|زهاء|اكثر|من|ب|الي|ما|يقارب|لا|يقل)$/;

/**
 * Dead and injured counted together — another figure than either: after the figure "بين قتيل
 * وجريح", "قتيلا وجريحا", "من القتلى والجرحى"; before it "مقتل وإصابة 50", "حصيلة القتلى
 * والجرحى إلى 50". `unitEnd` is the token after the figure's own noun, `end` the clause's end,
 * `stops` the tokens of other figures.
 */
export function isCombinedCasualties(tokens: Token[], qFrom: number, unitEnd: number, end: number, stops: Uint8Array): boolean {
  const after = tokens.slice(unitEnd, Math.min(end, unitEnd + 6));
  const k = after.findIndex((t) => t.norm === 'بين');
  if (k >= 0 && k <= 2) {
    const next = after.slice(k + 1, k + 4).map(conceptOfWord);
    if (next.includes('death') && next.includes('injured')) return true;
  }
  // "50 قتيلا وجريحا" (the figure's own noun, then the other), "50 من القتلى والجرحى" — not
  // "7 جنود قتلوا وأصيب 5" nor "ألف قتيل وجرح 9 آلاف": the second word is the next figure's
  // (nor «3 وفيات وإصابتان»: a dual is a figure of its own; nor «70 إصابة ووفاة واحدة»: the next figure's noun).
  const pairAt = (i: number): boolean => i + 1 < end && tokens[i + 2]?.type !== 'num' && !stops[i + 1] && !stops[i + 2] && deadAndInjured(tokens[i], tokens[i + 1]);
  if ((unitEnd - 1 >= qFrom && tokens[unitEnd - 1].type === 'word' && pairAt(unitEnd - 1)) || (tokens[unitEnd]?.norm === 'من' && pairAt(unitEnd + 1))) return true;
  // "مقتل وإصابة 50", "قتل وجرح 40 شخصا" — not "3 قتلوا وأصيب 20" nor "لقي مصرعه وأصيب 5": a verb
  // of a subject named before tells the previous figure's event.
  // («يقتل ويصيب «9» أشخاص»: a figure set in quotation marks.)
  let j = isHighlightQuote(tokens, qFrom - 1) ? qFrom - 2 : qFrom - 1;
  while (j > 0 && qFrom - j <= 4 && tokens[j].type === 'word' && BEFORE_FIGURE.test(tokens[j].norm)) j--;
  // ("ألف قتيل وجرح 9 آلاف": the first word is the previous figure's noun.)
  // («1800 حالة اختناق ووفاة واحدة»: «واحدة» after its own noun, the word before it is that noun.)
  if (/^(واحد|واحده)$/.test(tokens[qFrom]?.norm ?? '')) return false;
  return j > 0 && !stops[j - 2] && tokens[j - 2]?.type !== 'num' && !/(وا|ه|هم|ها)$/.test(tokens[j - 1].raw.replace(/[\u064b-\u0652]/g, '')) && deadAndInjured(tokens[j - 1], tokens[j]);
}

/** Words that say "people" or "cases" without saying which: the context decides. */
const GENERIC = new Set(
  'شخص اشخاص شخصا حالة حالات حالتان حالتين حالتي فرد فردا افراد نسمة مواطن مواطنين آخرين اخرين آخرون اخرون منهم بينهم'.split(' ').map(stem),
);

// Words after a number that narrow injured to severe: "205 خطيرة", "في حالة حرجة", "إصابته بليغة".
// (Read on the whole word: the stem of «بليغة» is that of «ليغ», a league.)
const SEVERE = /^(و|ب)?(ال)?(خطيره|خطره|حرجه|بليغه|خطيرتين|خطيرتان|حرجتين|حرجتان)$/;
// "بجروح بالغة", "جروحهم بالغة", "في وضع صحي حرج", "في العناية المركزة": an adjective that says
// severe only after a word for wounds, a condition or intensive care (with its possessive ending,
// and "صحي" between), so "تصعيد خطير" or "أهمية بالغة" says nothing of the injured.
const SEVERE_AFTER: [RegExp, RegExp][] = [
  [/^(و|ب|في)?(ال)?(جروح|اصابات|اصابه|اصابت|حاله|حالت|حالات|وضع|اوضاع|حال)(ه|ها|هم|هما|ا)?$/, /^(ب)?(ال)?(بالغه|بالغ|حرج|خطير|بليغ|خطر)$/],
  [/^(في|ب)?(ال)?عنايه$/, /^(ال)?(مركزه|مشدده|فايقه)$/],
];
const HEALTH = /^(ال)?(صحي|صحيه)$/;
// «حرجة» (critical) is a grade of its own beside «خطيرة» (serious): hospitals and rescue services
// report both, one after the other, and a reader compares each with its like.
const CRITICAL = /^(و|ب)?(ال)?(حرجه|حرجتين|حرجتان|حرج)$/;
/** How badly the injured a figure counts are hurt: in critical condition, or seriously. */
export type Severity = 'critical' | 'severe';
// "ما بين متوسطة وخطيرة", "متفاوتة الخطورة": every degree of injury, the whole count.
// («ما» only before «بين»: «ما زالوا في حالة حرجة» is still critical.)
const DEGREES = /^(بين|متفاوته|متفاوت|متباينه|مختلفه|متفرقه|تراوحت|تتراوح|تراوح)$/;
// "بجروح خطيرة ومتوسطة", "إصابات طفيفة وأخرى خطيرة": a milder degree beside the severe one.
const MILDER = /^(و|او)?(ال)?(متوسطه|متوسط|طفيفه|طفيف|بسيطه|بسيط|خفيفه|خفيف)$/;
// "أحدهم إصابته حرجة", "معظمهم إصابتهم خطرة", "بإصابات بعضها خطيرة": an aside about some of them,
// not all. ("واحد منهم خطيرة", "أحدهما في حالة خطيرة": the figure is that one itself.)
const SOME_OF_THEM = /^(و)?(احدهم|احداهم|احدهما|احداهما|بينهم|بينها|معظمهم|معظمها|اغلبهم|اغلبها|بعضهم|بعضها|غالبيتهم|غالبيتها|جلهم|جلها|اكثرهم|اكثرها|احداها|منهم|منها)$/;

// Context words that make a percentage a count of votes counted rather than a vote share.
const COUNTED = new Set(['فرز', 'احصاء', 'عد', 'نسبه مشاركه'].map(stem));
// The votes or the election named anywhere in the sentence; getting, leading or «مقابل» ("55% مقابل
// 40%") only in the figure's own clause: in a long sentence they belong to another figure
// («ارتفعت الرسوم إلى 20% مقابل 12%، … وتتحمل الأسر زيادة بنحو 8%» is no vote share).
const VOTE_CONTEXT = new Set(['اصوات', 'صوت', 'صوتا', 'انتخابات'].map(stem));
const VOTE_CLAUSE_CONTEXT = new Set(['حصل', 'حصلت', 'حصول', 'متقدم', 'يحصل', 'تحصل', 'نال', 'نالت', 'ينال', 'تنال', 'مقابل', 'حصة', 'حصتها', 'حصته'].map(stem));

const byStem = new Map<string, string>();
for (const [key, forms] of Object.entries(LEXICON)) for (const f of forms.split(' ')) byStem.set(stem(f), key);

/** Concept key of one word, or null. */
export function conceptOfWord(t: Token | undefined): string | null {
  if (!t || t.type !== 'word') return null;
  // "وفي" (and in) shares its stem with وفيات; function words never name a concept.
  if (STOPWORDS.has(t.norm) || STOPWORDS.has(t.bare) || (/^[وف]/.test(t.norm) && STOPWORDS.has(t.norm.slice(1)))) return null;
  const thing = thingByForm(t.bare);
  if (thing) return thing;
  if (FALSE_FRIENDS.has(t.bare)) return null;
  return lookUp(byStem, t.raw, t.stem);
}

export function isGenericUnit(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && GENERIC.has(t.stem);
}

// Words after injured that narrow them to those still in hospital: "يتلقون العلاج بالمستشفيات".
const TREATED = new Set(['يتلقون', 'يتلقى', 'العلاج', 'علاج', 'المستشفيات', 'مستشفيات', 'المستشفى', 'بالمستشفيات', 'المراقبه'].map(stem));

export function isTreated(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && TREATED.has(t.stem);
}

/** Concepts that count people: the only ones a generic noun ("شخص", "حالة") may take from its context. */
export const PEOPLE_CONCEPTS: ReadonlySet<string> = new Set(['soldier', 'death', 'injured', 'missing', 'trapped', 'displaced', 'evacuated', 'sheltered', 'crowd', 'crossed', 'buried', 'rescued', 'arrested', 'abducted', 'escaped', 'remanded', 'affected', 'poisoned', 'recovered', 'voter', 'tourist', 'unemployed', 'employed', 'population']);

// Percentages: turnout ("نسبة المشاركة", "نسبة الإقبال") is another figure than a vote share.
const TURNOUT = new Set(['مشاركه', 'المشاركه', 'اقبال', 'الاقبال', 'تصويت', 'التصويت'].map(stem));
// A share of a group of voters or people ("34 بالمئة من الناخبين نساء"): no total to compare with.
const GROUP_SHARE = new Set(['صالحه', 'ملغاه', 'بيضاء', 'اوراق', 'بطاقات', 'نساء', 'رجال', 'شباب', 'الشباب', 'النساء', 'الرجال', 'ذكور', 'اناث', 'الفيه', 'فيه', 'اعمار', 'اعمارهم', 'تتراوح', 'سن', 'اطفال', 'الاطفال'].map(stem));
// («الفئة العمرية» by its form: its stem is a given name, «عمر».)
const AGE_GROUP = /^(ال)?عمريه$/;

export const isTurnoutCue = (t: Token | undefined): boolean => !!t && t.type === 'word' && TURNOUT.has(t.stem);
// ("لصالح X", in favour of X, shares its stem with «صالحة», valid ballots.)
export const isGroupShareCue = (t: Token | undefined): boolean => !!t && t.type === 'word' && (GROUP_SHARE.has(t.stem) || AGE_GROUP.test(t.norm)) && !/^و?لصالح/.test(t.norm);

/**
 * The figure's own words and those after it say every one counted is badly hurt ("30 شخصا بجروح خطيرة",
 * "7 مصابين في حالة حرجة", "في العناية المركزة") — not a range of degrees ("ما بين متوسطة
 * وخطيرة", "متفاوتة الخطورة", "خطيرة ومتوسطة"), not an aside about some of them ("أحدهم إصابته
 * حرجة", "إصابات بعضها خطيرة"; "منهم" right after the figure is the figure's own "of them").
 */
export function severityOf(own: Token[], after: Token[]): Severity | null {
  // (Quotation marks around a word, «في حالة "حرجة"», are no break.)
  const words = [...own, ...after.filter((t) => !isQuoteMark(t))];
  // ("خطيرة ومتوسطة", "طفيفة وأخرى خطيرة": a milder degree joined to the severe one.)
  const milderBeside = (i: number): boolean => words.slice(Math.max(0, i - 2), i + 3).some((w) => w.type === 'word' && MILDER.test(w.norm));
  const grade = (i: number): Severity | null => (milderBeside(i) ? null : CRITICAL.test(words[i].norm) ? 'critical' : 'severe');
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (t.type !== 'word' || (i > own.length && SOME_OF_THEM.test(t.norm)) || (i === own.length && SOME_OF_THEM.test(t.norm) && !/^(منهم|منها)$/.test(t.norm)) || DEGREES.test(t.norm) || (t.norm === 'ما' && words[i + 1]?.norm === 'بين')) return null;
    // "وأصيب ثلاثة بجروح طفيفة ورابعهم بحالة حرجة": a milder degree said of the figure first;
    // the severe word after it is another one's.
    if (MILDER.test(t.norm)) return null;
    if (SEVERE.test(t.norm)) return grade(i);
    const head = i > 1 && HEALTH.test(words[i - 1].norm) ? words[i - 2] : words[i - 1];
    if (i > 0 && SEVERE_AFTER.some(([h, word]) => word.test(t.norm) && h.test(head.norm))) return grade(i);
  }
  return null;
}

export function isCountedCue(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && COUNTED.has(t.stem);
}

// Words only an election or a referendum uses: a vote share or a turnout is read only in an
// article that has one of them ("المرشح"، "الناخبين"، "صناديق الاقتراع"، "الاستفتاء", "نسبة المشاركة").
const ELECTION_WORD = /^(و|ف|ب|ل|لل)?(ال)?(انتخاب|انتخابات|انتخابي|انتخابيه|الانتخابات|انتخابيا|ناخب|ناخبين|ناخبون|مرشح|مرشحين|مرشحون|مرشحه|اقتراع|تصويت|استفتاء|اصوات|مقترعين|مقترعون|صوتوا|اقترعوا|ادلوا)$/;
const ELECTION_TEXT = /(^|[^\u0621-\u064a])(و|ف|ب|ل|لل)?(ال)?(انتخاب|انتخابات|انتخابيه|انتخابي|ناخبين|ناخبون|مرشح|مرشحين|مرشحه|اقتراع|تصويت|استفتاء|مقترعين)([^\u0621-\u064a]|$)/;

export const isElectionWord = (t: Token | undefined): boolean => !!t && t.type === 'word' && ELECTION_WORD.test(t.norm);

/** True where an article's normalised text names an election or a referendum anywhere. */
export const isElectionText = (normalized: string): boolean => ELECTION_TEXT.test(normalized) || TURNOUT_PHRASE.test(normalized);
// "نسبة المشاركة"، "نسبة الإقبال"، "أدلوا بأصواتهم": the turnout of a vote, named without the word election.
const TURNOUT_PHRASE = /نسب(ه|ت) (ال)?(مشاركه|اقبال)|(ادلي|ادلوا|يدلون|الادلاء) (ب)?اصوات/;

export function isVoteCue(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && VOTE_CONTEXT.has(t.stem);
}

// «في المركز الثاني بنسبة 21.4%», «حلّت ثالثة بـ9%», «تلته الجبهة بنسبة 13.2%»: a place in the
// ranking of an election's results, read only in an article that names an election.
const RANK_NOUN = /^(في|ب)?(ال)?(مركز|مرتبه)$/;
const RANK_ORDINAL = /^(ال)?(اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|اخير|اخيره)$/;
const RANK_VERB = /^(و|ف)?(حل|حلت|جاء|جاءت|جات|يحل|تحل|ياتي|تاتي)$/;
// «تلته الجبهة … بنسبة 13.2%»: the next one in the ranking.
const FOLLOWED = /^(و|ف)?(تلاه|تلته|تلاها|تلتها|يليه|يليها|تليه|تليها)$/;
// How far a verb of ranking may stand before its adverb («وحلّ التحالف X Y Z ثانيا»).
const RANK_REACH = 6;

/** True where the words hold a rank of the results: «المركز الثاني», «حلّ ثالثا», «تلته». */
export function namesRank(words: Token[]): boolean {
  return words.some(
    (t, i) =>
      t.type === 'word' &&
      ((RANK_NOUN.test(t.norm) && RANK_ORDINAL.test(words[i + 1]?.norm ?? '')) ||
        FOLLOWED.test(t.norm) ||
        // («وكارمينا X رابعة بنسبة 8%»: or right before the share, the list's verb further back.)
        (RANK_ADVERB.test(t.norm) && (words.slice(Math.max(0, i - RANK_REACH), i).some((w) => RANK_VERB.test(w.norm)) || /^(ب|بـ|بنسبه)$/.test(words[i + 1]?.norm ?? '')))),
  );
}

/** A word that marks a vote share in the figure's own clause only (VOTE_CLAUSE_CONTEXT). */
export function isVoteClauseCue(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (VOTE_CONTEXT.has(t.stem) || VOTE_CLAUSE_CONTEXT.has(t.stem));
}

/** Concept of a unit as the quantity extractor gave it ("جندي", "قتيلا"), or null. */
export function conceptOfUnit(unit: string | null): string | null {
  if (!unit) return null;
  const words = unit.split(/\s+/);
  // "كيلومتر مربع", "متر مربع": an area, though its first word is a length.
  if (words.some((w) => stem(w) === stem('مربع'))) return 'area';
  // "500 وحدة سكنية": homes, counted by the housing unit.
  if (words.some((w) => /^(ال)?سكنيه$/.test(normalizeArabic(w)))) return 'building';
  // «14 آلية», «آليات»: machines sent out, vehicles (by the madda: folded, «آلية» is «إليه»).
  if (/^(آلية|آليات|آليتين|آليتان)$/.test(words[0])) return 'vehicle';
  for (const w of words) {
    const thing = thingOf(w);
    if (thing) return thing;
    if (isFalseFriend(w)) continue;
    const c = lookUp(byStem, w);
    if (c) return c;
  }
  return null;
}

export function isGenericUnitText(unit: string | null): boolean {
  if (!unit) return false;
  return unit.split(/\s+/).every((w) => GENERIC.has(stem(w)));
}

// Broken plurals of event nouns whose stem differs from the singular's ("الحرائق" / "حريقا"): an
// unknown counted noun groups with itself in either number ("عدد الحرائق … 69" and "80 حريقا").
// (So do the groups known only by an event, counted with none: «1.7 مليون حاج», «عدد الحجاج».)
const SINGULAR_STEM: Record<string, string> = Object.fromEntries(
  [['حرائق', 'حريق'], ['هجمات', 'هجوم'], ['حوادث', 'حادث'], ['زلازل', 'زلزال'], ['غارات', 'غارة'], ['حجاج', 'حاج'], ['طلاب', 'طالب'], ['تلاميذ', 'تلميذ'], ['أطنان', 'طن']].map(([p, s1]) => [stem(p), stem(s1)]),
);

/**
 * The concept key of a counted noun the lexicon does not know ("unit:حريق"). A dual written as
 * the number itself («حافلتين» for 2) is keyed as its singular, with the plural it meets in
 * another outlet («ثلاث حافلات»): `dual` is that word, when the figure is the dual's 2.
 */
export function unitConcept(stemmed: string, dual?: string): string {
  const single = dual ? singularStem(dual) : null;
  if (single) return 'unit:' + single;
  // «1800 حاجّاً» and «1.8 مليون حاج»: the counted noun with and without its accusative alif.
  const bare = stemmed.length >= 4 && stemmed.endsWith('ا') && !stemmed.endsWith('ايا') ? stemmed.slice(0, -1) : stemmed;
  return 'unit:' + (SINGULAR_STEM[bare] ?? bare.replace(AFAAL, '$1$2$3'));
}
// The broken plural «أفعال» of a three-letter noun («أسراب» of «سرب», «أمتار» of «متر»): keyed as its singular.
const AFAAL = /^ا(\S)(\S)ا(\S)$/;
