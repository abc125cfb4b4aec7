import type { Message, PackErrorName } from './learner-messages.ts';

/** The learner messages only the running app shows, in English (course/english-glossary.md): in the en language pack (src/app/i18n/pack-en.ts), not in the app script. */
export const enErrors: Record<PackErrorName, Message> = {
  NO_LMS: { what: 'We could not find the learning platform, so your progress is not recorded there.', todo: 'You can take the course, and your progress is saved on this device. Start the course from the learning platform to have it recorded.' },
  SAVE_FAILING: { what: 'Your progress is not being saved in the learning platform right now.', todo: 'We keep trying automatically and keep your answers on this device. Do not close the course until it says that everything is saved.' },
  LMS_INIT_FAILED: { what: 'The course could not connect to the learning platform.', todo: 'We keep trying automatically. In the meantime, your progress and answers are saved on this device and sent to the learning platform as soon as the connection works.' },
  STATE_RESET: { what: 'Your saved progress could not be read in full.', todo: 'We have kept what could be read. You may need to give some answers again.' },
};
