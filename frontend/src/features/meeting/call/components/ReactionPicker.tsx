import { SmilePlus } from 'lucide-react';
import { REACTIONS, type Reaction } from '@huddle/contract';
import { REACTION_NAMES } from '../utils/reactionNames';
import { MenuButton } from './MenuButton';
import styles from './ReactionPicker.module.css';

export interface ReactionPickerProps {
  onReact: (emoji: Reaction) => void;
}

export function ReactionPicker({ onReact }: ReactionPickerProps) {
  return (
    <MenuButton
      label="Send a reaction"
      icon={<SmilePlus />}
      variant="secondary"
      size="lg"
      testId="reactions-button"
      closeOnSelect={false}
    >
      <div className={styles.grid}>
        {REACTIONS.map((emoji) => (
          <button
            key={emoji}
            type="button"
            className={styles.emoji}
            aria-label={REACTION_NAMES[emoji]}
            title={REACTION_NAMES[emoji]}
            onClick={() => onReact(emoji)}
          >
            {emoji}
          </button>
        ))}
      </div>
    </MenuButton>
  );
}
