import { DomainError } from '../shared/errors.js';

export const BUSINESS_NAME_LIMITS = Object.freeze({ min: 3, max: 75 });

/**
 * Words that would make customers believe the platform vouches for the business. Verification is
 * shown by the check next to the name, which only the operator grants.
 */
const MISLEADING_WORDS = ['official', 'verified', 'parley', 'whatsapp', 'meta', 'facebook', 'instagram'];

/**
 * Common given names across the four languages the app speaks. A business name that is only a
 * given name, optionally followed by one more word (a surname), names a person, not a business.
 */
const GIVEN_NAMES = new Set([
  'james',
  'john',
  'robert',
  'michael',
  'william',
  'david',
  'richard',
  'joseph',
  'thomas',
  'charles',
  'mary',
  'patricia',
  'jennifer',
  'linda',
  'elizabeth',
  'barbara',
  'susan',
  'jessica',
  'sarah',
  'karen',
  'daniel',
  'paul',
  'mark',
  'anna',
  'emma',
  'olivia',
  'sophia',
  'maria',
  'laura',
  'peter',
  'george',
  'ahmed',
  'mohammed',
  'muhammad',
  'ali',
  'omar',
  'fatima',
  'aisha',
  'hassan',
  'hussein',
  'khalid',
  'youssef',
  'ibrahim',
  'mariam',
  'layla',
  'noor',
  'zainab',
  'salma',
  'ivan',
  'dmitry',
  'sergey',
  'alexander',
  'alexei',
  'andrei',
  'mikhail',
  'nikolai',
  'olga',
  'tatiana',
  'natalia',
  'elena',
  'irina',
  'svetlana',
  'ekaterina',
  'wei',
  'li',
  'fang',
  'jing',
  'min',
  'jun',
  'lei',
  'yan',
  'ming',
  'hui',
  'أحمد',
  'محمد',
  'علي',
  'عمر',
  'فاطمة',
  'عائشة',
  'حسن',
  'خالد',
  'يوسف',
  'مريم',
  'ليلى',
  'иван',
  'дмитрий',
  'сергей',
  'александр',
  'андрей',
  'михаил',
  'ольга',
  'татьяна',
  'наталья',
  'елена',
]);

/** Words that say what a business is; "Anna Bakery" is a shop even though Anna is a given name. */
const BUSINESS_WORDS = new Set([
  'shop',
  'store',
  'bakery',
  'cafe',
  'café',
  'coffee',
  'restaurant',
  'bar',
  'salon',
  'studio',
  'clinic',
  'pharmacy',
  'market',
  'boutique',
  'flowers',
  'florist',
  'books',
  'garage',
  'hotel',
  'travel',
  'tours',
  'pizza',
  'kitchen',
  'foods',
  'fashion',
  'beauty',
  'barber',
  'tailor',
  'repairs',
  'services',
  'consulting',
  'law',
  'dental',
  'fitness',
  'gym',
  'school',
  'academy',
  'electronics',
  'motors',
  'cars',
  'home',
  'design',
  'co',
  'company',
  'ltd',
  'llc',
  'inc',
  'gmbh',
  'group',
  'trading',
  'sons',
  'brothers',
  'متجر',
  'مطعم',
  'مقهى',
  'صالون',
  'مخبز',
  'صيدلية',
  'магазин',
  'кафе',
  'ресторан',
  'салон',
  'пекарня',
  'аптека',
  'студия',
  '店',
  '餐厅',
  '咖啡',
  '商店',
  '公司',
  '超市',
]);

const LETTER = /\p{L}/u;
const EMOJI = /\p{Extended_Pictographic}/u;

const lengthOf = (text: string) => [...text].length;
const refuse = (message: string, rule: string): never => {
  throw new DomainError('invalid_argument', message, { rule });
};

/**
 * The Business app's display-name rules, as far as a machine can judge them: a length, a letter,
 * no emoji or shouting, nothing that claims a status the platform grants, and not a person's name
 * alone. Returns the trimmed name with inner runs of spaces collapsed.
 */
export function checkBusinessName(input: string): string {
  const name = input.trim().replace(/\s+/gu, ' ');
  const length = lengthOf(name);
  if (length < BUSINESS_NAME_LIMITS.min || length > BUSINESS_NAME_LIMITS.max) {
    refuse(
      `A business name has ${BUSINESS_NAME_LIMITS.min} to ${BUSINESS_NAME_LIMITS.max} characters`,
      'length',
    );
  }
  if (!LETTER.test(name)) refuse('A business name needs at least one letter', 'letters');
  if (EMOJI.test(name)) refuse('A business name cannot contain emoji', 'emoji');
  if (/[!?.*#@$%^&_=+~|<>]{2,}/u.test(name))
    refuse('A business name cannot repeat punctuation', 'punctuation');
  const words = name
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const misleading = words.find((word) => MISLEADING_WORDS.includes(word));
  if (misleading !== undefined) {
    refuse(
      `A business name cannot contain "${misleading}": the check next to it shows verification`,
      'misleading',
    );
  }
  // Acronyms such as "BMW" or "IKEA" are fine; a whole name in capitals is shouting.
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (
    letters.length > 5 &&
    letters === letters.toLocaleUpperCase() &&
    letters !== letters.toLocaleLowerCase()
  ) {
    refuse('A business name cannot be written in capitals only', 'capitals');
  }
  const personLike = words.length <= 2 && GIVEN_NAMES.has(words[0] ?? '');
  if (personLike && !words.some((word) => BUSINESS_WORDS.has(word))) {
    refuse("A business name cannot be a person's name alone: add what the business is", 'person_name');
  }
  return name;
}
