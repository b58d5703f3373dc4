import type { CaseSummary } from './cases.js';

/**
 * What a case list's text search looks in: the public number, the category's name in both languages,
 * the description and the address. Matched case-insensitively.
 */
export function caseSearchText(kase: Pick<CaseSummary, 'publicNumber' | 'categoryName' | 'description' | 'location'>, englishCategoryName: string): string {
  return [kase.publicNumber, kase.categoryName, englishCategoryName, kase.description, kase.location.address].join(' ');
}
