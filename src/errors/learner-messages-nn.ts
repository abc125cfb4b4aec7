import type { Message, PackErrorName } from './learner-messages.ts';

/** The learner messages only the running app shows, in nynorsk (course/nynorsk-termliste.md): in the nn language pack (src/app/i18n/pack-nn.ts), not in the app script. */
export const nnErrors: Record<PackErrorName, Message> = {
  NO_LMS: { what: 'Vi fann ikkje læringsplattforma, så framdrifta di blir ikkje registrert der.', todo: 'Du kan ta kurset, og framdrifta blir lagra på denne eininga. Start kurset frå læringsplattforma for å få det registrert.' },
  SAVE_FAILING: { what: 'Framdrifta di blir ikkje lagra i læringsplattforma akkurat no.', todo: 'Vi prøver igjen automatisk og tek vare på svara dine på denne eininga. Ikkje lukk kurset før det står at alt er lagra.' },
  LMS_INIT_FAILED: { what: 'Kurset fekk ikkje kontakt med læringsplattforma.', todo: 'Vi prøver igjen automatisk. I mellomtida blir framdrifta og svara dine lagra på denne eininga, og dei blir sende til læringsplattforma så snart kontakten er i orden.' },
  STATE_RESET: { what: 'Den lagra framdrifta kunne ikkje lesast heilt.', todo: 'Vi har teke vare på det som var lesbart. Nokre svar må du kanskje gi på nytt.' },
};
