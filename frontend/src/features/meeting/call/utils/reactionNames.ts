import type { Reaction } from '@huddle/contract';

/** What a screen reader says for each reaction. */
export const REACTION_NAMES: Record<Reaction, string> = {
  '👍': 'Thumbs up',
  '👏': 'Applause',
  '🎉': 'Celebrate',
  '❤️': 'Love',
  '😂': 'Laughing',
  '😮': 'Surprised',
  '🤔': 'Thinking',
  '🙌': 'Hooray',
};
