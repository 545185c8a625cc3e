import { LogOut, PhoneOff, XCircle } from 'lucide-react';
import { IconButton } from '../../../../components/ui/IconButton';
import { MenuButton } from './MenuButton';
import { MenuItem } from './MenuItem';

export interface LeaveButtonProps {
  /** Hosts choose between leaving and ending the meeting for everyone. */
  canEnd: boolean;
  onLeave: () => void;
  onEnd: () => void;
  className?: string;
}

export function LeaveButton({ canEnd, onLeave, onEnd, className }: LeaveButtonProps) {
  if (!canEnd) {
    return (
      <IconButton
        label="Leave call"
        icon={<PhoneOff />}
        variant="danger"
        size="lg"
        className={className}
        onClick={onLeave}
      />
    );
  }
  return (
    <MenuButton
      label="Leave call"
      icon={<PhoneOff />}
      variant="danger"
      size="lg"
      className={className}
      testId="leave-menu"
    >
      <MenuItem icon={<LogOut />} onSelect={onLeave}>
        Leave meeting
      </MenuItem>
      <MenuItem icon={<XCircle />} danger onSelect={onEnd}>
        End for everyone
      </MenuItem>
    </MenuButton>
  );
}
