import { Hand, MicOff, MoreVertical, ShieldCheck, ShieldOff, UserX, VideoOff } from 'lucide-react';
import type { Participant, Role } from '@huddle/contract';
import type { MeetingControls } from '../hooks/useMeetingControls';
import { guestLabel } from '../utils/guestLabel';
import { MenuButton } from './MenuButton';
import { MenuItem } from './MenuItem';

export interface ParticipantMenuProps {
  person: Participant;
  /** The role of whoever opens the menu: only the meeting's host names co-hosts and takes it back. */
  viewerRole: Role;
  host: MeetingControls['host'];
}

/** What a host or co-host can do to one participant. */
export function ParticipantMenu({ person, viewerRole, host }: ParticipantMenuProps) {
  const canPromote = viewerRole === 'host' && !person.isGuest && person.role === 'participant';
  const canDemote = viewerRole === 'host' && person.role === 'cohost';
  return (
    <MenuButton
      label={`Host controls for ${guestLabel(person.name, person.isGuest)}`}
      icon={<MoreVertical />}
      size="sm"
      placement="inline"
      testId="participant-menu"
    >
      {person.audio && (
        <MenuItem icon={<MicOff />} onSelect={() => host.mute(person.id, 'audio')}>
          Mute microphone
        </MenuItem>
      )}
      {person.video && (
        <MenuItem icon={<VideoOff />} onSelect={() => host.mute(person.id, 'video')}>
          Turn off camera
        </MenuItem>
      )}
      {person.handRaised && (
        <MenuItem icon={<Hand />} onSelect={() => host.lowerHand(person.id)}>
          Lower hand
        </MenuItem>
      )}
      {canPromote && (
        <MenuItem icon={<ShieldCheck />} onSelect={() => host.promote(person.id)}>
          Make co-host
        </MenuItem>
      )}
      {canDemote && (
        <MenuItem icon={<ShieldOff />} onSelect={() => host.demote(person.id)}>
          Remove co-host
        </MenuItem>
      )}
      {person.role !== 'host' && (
        <MenuItem icon={<UserX />} danger onSelect={() => host.remove(person.id)}>
          Remove from meeting
        </MenuItem>
      )}
    </MenuButton>
  );
}
