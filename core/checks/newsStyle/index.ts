import type { BlockRule } from '../types';
import { ATTRIBUTION_RULES } from './attribution';
import { DATE_TIME_RULES } from './datesTimes';
import { NUMBER_RULES } from './numbers';
import { PUNCTUATION_RULES } from './punctuation';

/** News style, as data: the desk turns rules off or changes their severity in the house list's `rules`. */
export const NEWS_STYLE_RULES: readonly BlockRule[] = [...NUMBER_RULES, ...DATE_TIME_RULES, ...ATTRIBUTION_RULES, ...PUNCTUATION_RULES];
