/** The research the coach cites when a plan leans on too few sources of influence. */

/** Where the claim was published, kept verbatim in every language. */
export const RESEARCH_SOURCE = 'MIT Sloan Management Review, Fall 2008, "How to Have Influence"';

/** How many sources the research found people combining when they succeeded. */
export const RESEARCH_MIN_SOURCES = 4;

/** The citation text, in English: source first, then what it found. */
export const RESEARCH_CLAIM =
  `${RESEARCH_SOURCE}: people who combined ${RESEARCH_MIN_SOURCES} or more sources of influence ` +
  'were 10 times more likely to succeed than people who relied on one.';
