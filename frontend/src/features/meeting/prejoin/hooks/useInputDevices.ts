import { useEffect, useState } from 'react';
import {
  listInputDevices,
  NO_DEVICES,
  onDeviceChange,
  type DeviceLists,
} from '../utils/mediaDevices';

/** The cameras and microphones, refreshed when one is plugged in or removed. */
export function useInputDevices(enabled: boolean): DeviceLists {
  const [devices, setDevices] = useState(NO_DEVICES);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const refresh = () => {
      listInputDevices()
        .then((lists) => {
          if (!cancelled) setDevices(lists);
        })
        .catch(() => undefined);
    };
    refresh();
    const unsubscribe = onDeviceChange(refresh);
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [enabled]);

  return devices;
}
