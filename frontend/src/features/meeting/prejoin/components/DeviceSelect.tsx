import { Mic, Video } from 'lucide-react';
import { useId } from 'react';
import { deviceLabel } from '../utils/mediaDevices';
import styles from './DeviceSelect.module.css';

export interface DeviceSelectProps {
  kind: 'audio' | 'video';
  devices: MediaDeviceInfo[];
  value: string | undefined;
  onChange: (deviceId: string) => void;
}

export function DeviceSelect({ kind, devices, value, onChange }: DeviceSelectProps) {
  const id = useId();
  const Icon = kind === 'audio' ? Mic : Video;
  const label = kind === 'audio' ? 'Microphone' : 'Camera';
  if (devices.length === 0) return null;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        <Icon aria-hidden="true" />
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
      >
        {value === undefined && <option value="">Choose a {label.toLowerCase()}</option>}
        {devices.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {deviceLabel(device, index)}
          </option>
        ))}
      </select>
    </div>
  );
}
