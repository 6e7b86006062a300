import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mermaidLines, mermaidText, planMapDiagram } from '@sixsources/core';
import { LABEL_LINE_CHARS, prewrapLabels } from '../src/diagrams/prewrap.ts';
import { samplePlan } from './support/plans.ts';

/** The quoted labels (`["…"]`) of a flowchart source, in order. */
const labelsOf = (source: string) => [...source.matchAll(/\["([^"]*)"\]/g)].map((match) => match[1] as string);
/** Characters a person sees: an entity code such as `#8217;` is one. */
const visible = (line: string) => line.replace(/#\d+;/g, '_').length;
/** Every entity code in `text`, in order. */
const entities = (text: string) => text.match(/#\d+;/g) ?? [];

const longSentence = 'Every three weeks the grade-level team goes through the latest reading diagnostic together';

describe('breaking flowchart labels before mermaid draws them', () => {
  it('breaks a long label line at spaces into lines that fit, without changing its words', () => {
    const source = `flowchart LR\n  b0["${longSentence}"]`;
    const wrapped = prewrapLabels(source);
    const [label] = labelsOf(wrapped);
    const lines = (label as string).split('<br>');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(visible(line)).toBeLessThanOrEqual(LABEL_LINE_CHARS);
      expect(line).not.toMatch(/^ | $/);
    }
    expect(lines.join(' ')).toBe(longSentence);
  });

  it('fills each line as far as the next word allows', () => {
    const wrapped = prewrapLabels(`flowchart TD\n  a["aaa bbb ccc ddd eee"]`, 7);
    expect(labelsOf(wrapped)).toEqual(['aaa bbb<br>ccc ddd<br>eee']);
  });

  it('leaves short labels, and a source with only short labels, exactly as they were', () => {
    const source = 'flowchart LR\n  r["Result"]\n  b0["K-3 teachers<br>run a data dig"]\n  r --> b0';
    expect(prewrapLabels(source)).toBe(source);
  });

  it('breaks each existing line of a label on its own and keeps the breaks already there', () => {
    const wrapped = prewrapLabels(`flowchart LR\n  s0["Connect to values<br>${longSentence}"]`);
    const lines = (labelsOf(wrapped)[0] as string).split('<br>');
    expect(lines[0]).toBe('Connect to values');
    expect(lines.slice(1).join(' ')).toBe(longSentence);
  });

  it('keeps a word longer than a line whole, for mermaid to split', () => {
    const word = 'x'.repeat(LABEL_LINE_CHARS + 10);
    const wrapped = prewrapLabels(`flowchart LR\n  a["short ${word} end"]`);
    expect(labelsOf(wrapped)).toEqual([`short<br>${word}<br>end`]);
  });

  it('counts an entity code as one character and never splits one', () => {
    // 30 visible characters, but 30 + 3 * 5 in source: it fits and must stay on one line.
    const fits = `#8217;${'a'.repeat(28)}#8230;`;
    expect(prewrapLabels(`flowchart LR\n  a["${fits}"]`)).toBe(`flowchart LR\n  a["${fits}"]`);

    // A typed `#60;` is written by the core as `#35;60#59;`: it must come through whole.
    const typed = mermaidText(`${longSentence} #60; and #35;60; too`);
    const wrapped = prewrapLabels(`flowchart LR\n  a["${typed}"]`);
    const label = labelsOf(wrapped)[0] as string;
    expect(entities(label)).toEqual(entities(typed));
    expect(label.replaceAll('<br>', ' ')).toBe(typed);
  });

  it('leaves lines that are not quoted labels untouched', () => {
    const others = [
      'flowchart LR',
      `  %% ${longSentence}`,
      `  a -->|${longSentence}| b`,
      '  classDef behavior fill:#e8f0fe,stroke:#1a56db',
      `  subgraph g0 [${longSentence}]`,
      '  end',
    ];
    expect(prewrapLabels(others.join('\n'))).toBe(others.join('\n'));
  });

  it('returns other kinds of diagram as they are', () => {
    for (const source of [`graph LR\n  a["${longSentence}"]`, `stateDiagram-v2\n  s["${longSentence}"]`, `gantt\n  title ${longSentence}`]) {
      expect(prewrapLabels(source)).toBe(source);
    }
  });

  it('changes nothing but spaces in a real plan map', () => {
    const source = planMapDiagram(samplePlan());
    const wrapped = prewrapLabels(source);
    expect(wrapped).not.toBe(source);
    expect(wrapped.replaceAll('<br>', ' ')).toBe(source.replaceAll('<br>', ' '));
    expect(wrapped.split('\n')).toHaveLength(source.split('\n').length);
  });
});

describe('breaking labels, for any label text', () => {
  // Words of plain letters, characters the core encodes (quotes, `#`, `;`, `<`, emoji) and bare digits.
  const word = fc.oneof(
    fc.stringMatching(/^[a-z]{1,12}$/),
    fc.constantFrom('#60;', '#35;60;', '"', '<br>', 'café', '😀', '49%', '&amp;', '12'),
    fc.string({ minLength: 1, maxLength: 8 }),
  );
  const userText = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
  // A label as the core writes it: one or more lines of encoded user text.
  const label = fc.array(userText, { minLength: 1, maxLength: 3 }).map((lines) => mermaidLines(lines).slice(1, -1));
  const flowchart = fc
    .array(fc.tuple(label, fc.boolean()), { minLength: 1, maxLength: 6 })
    .map((nodes) => ['flowchart LR', ...nodes.map(([text, edge], i) => `  n${i}["${text}"]${edge ? `\n  n${i} --> r` : ''}`)].join('\n'));

  it('removing the inserted breaks gives back the original source', () => {
    fc.assert(
      fc.property(flowchart, fc.integer({ min: 5, max: 60 }), (source, max) => {
        const wrapped = prewrapLabels(source, max);
        const originalBreaks = source.split('<br>').length;
        const insertedBreaks = wrapped.split('<br>').length - originalBreaks;
        expect(insertedBreaks).toBeGreaterThanOrEqual(0);
        // Each inserted break stands where a space was: turning every break back into a space matches.
        expect(wrapped.replaceAll('<br>', ' ')).toBe(source.replaceAll('<br>', ' '));
        // The spaces that became breaks are exactly the inserted ones.
        expect(source.split(' ').length - wrapped.split(' ').length).toBe(insertedBreaks);
      }),
      { numRuns: 200 },
    );
  });

  it('never splits an entity code and keeps every line within the width unless it is one long word', () => {
    fc.assert(
      fc.property(flowchart, fc.integer({ min: 5, max: 60 }), (source, max) => {
        const wrapped = prewrapLabels(source, max);
        expect(entities(wrapped)).toEqual(entities(source));
        for (const text of labelsOf(wrapped)) {
          for (const line of text.split('<br>')) {
            if (line.includes(' ')) expect(visible(line)).toBeLessThanOrEqual(max);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leaves every label whose lines already fit exactly as it was', () => {
    fc.assert(
      fc.property(flowchart, (source) => {
        const fits = labelsOf(source).every((text) => text.split('<br>').every((line) => visible(line) <= 200));
        if (fits) expect(prewrapLabels(source, 200)).toBe(source);
      }),
      { numRuns: 100 },
    );
  });
});
