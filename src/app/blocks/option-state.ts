/** How an option stands once the answer is checked: chosen and right, chosen and wrong, or right but not chosen. */
export type OptionState = 'chosen-right' | 'chosen-wrong' | 'missed';

export function optionState(selected: boolean, correct: boolean): OptionState | null {
  if (selected) return correct ? 'chosen-right' : 'chosen-wrong';
  return correct ? 'missed' : null;
}
