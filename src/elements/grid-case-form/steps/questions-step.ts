import { html } from 'lit';
import type { FormContext } from '../form-context.js';
import { questionField } from '../question-field.js';

/** Step 2: the chosen category's own questions. */
export function questionsStep(ctx: FormContext) {
  const questions = [...(ctx.category?.questions ?? [])].sort((a, b) => a.order - b.order);
  return html`<p class="lead">${ctx.category?.name ?? ''}</p>
    ${questions.map((q) => questionField(ctx, q))}`;
}
