/** What of an instrument leaves the server: everything a form needs, field by field. */
import type { z } from 'zod';
import type { Instrument, SubscaleDefinition } from './instruments.ts';
import type { InstrumentsResponse } from './schema.ts';

type InstrumentView = z.input<typeof InstrumentsResponse>['items'][number];
type DefinitionView = z.input<typeof InstrumentsResponse>['definitions'][number];

export function presentInstrument(instrument: Instrument): InstrumentView {
  return {
    id: instrument.id,
    name: instrument.name,
    intro: instrument.intro,
    items: instrument.items.map((item) => ({
      number: item.number,
      text: item.text,
      subscale: item.subscale,
      polarity: item.polarity,
    })),
    answerForms: instrument.answerForms.map((form) => ({
      id: form.id,
      name: form.name,
      options: form.options.map((o) => ({ value: o.value, label: o.label })),
    })),
    scoring: {
      lonelyAnswers: {
        positive: [...instrument.lonelyAnswers.positive],
        negative: [...instrument.lonelyAnswers.negative],
      },
      cutOffs: instrument.cutOffs.map((c) => ({ ...c })),
      maxMissing: instrument.maxMissing,
    },
    provenance: { ...instrument.provenance },
  };
}

export function presentDefinition(definition: SubscaleDefinition): DefinitionView {
  return { ...definition };
}
