import type { Meeting } from '@huddle/contract';
import type { MeetingControls } from '../hooks/useMeetingControls';
import styles from './SecurityPanel.module.css';

export interface SecurityPanelProps {
  meeting: Meeting;
  update: MeetingControls['host']['update'];
}

/** The meeting's admission settings, for hosts and co-hosts. */
export function SecurityPanel({ meeting, update }: SecurityPanelProps) {
  return (
    <div className={styles.panel}>
      <Setting
        label="Waiting room"
        hint="Everyone except hosts waits until a host lets them in."
        checked={meeting.lobby}
        onChange={(lobby) => update({ lobby })}
      />
      <Setting
        label="Lock meeting"
        hint="Nobody new can join, not even from the waiting room."
        checked={meeting.locked}
        onChange={(locked) => update({ locked })}
      />
    </div>
  );
}

interface SettingProps {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Setting({ label, hint, checked, onChange }: SettingProps) {
  return (
    <label className={styles.setting}>
      <span className={styles.text}>
        <span className={styles.label}>{label}</span>
        <span className={styles.hint}>{hint}</span>
      </span>
      <input
        type="checkbox"
        role="switch"
        className={styles.switch}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
    </label>
  );
}
