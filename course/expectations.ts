/**
 * The names of the five expectations, written once: they are the course's objectives
 * (course.ts) and the cards that introduce them (lesson 00), which must say the same.
 */
export const EXPECTATION_TITLES = {
  kjennRammene: { nb: 'Kjenn rammene', nn: 'Kjenn rammene', en: 'Know the framework' },
  styrkMedarbeiderne: { nb: 'Styrk medarbeiderne', nn: 'Styrk medarbeidarane', en: 'Strengthen your employees' },
  seHelheten: { nb: 'Se helheten', nn: 'Sjå heilskapen', en: 'See the whole picture' },
  vaerInnovativ: { nb: 'Vær innovativ', nn: 'Ver innovativ', en: 'Be innovative' },
  utvikleDegSomLeder: { nb: 'Utvikle deg som leder', nn: 'Utvikle deg som leiar', en: 'Develop as a leader' },
} as const;
