export interface DeviceLists {
  audioInputs: MediaDeviceInfo[];
  videoInputs: MediaDeviceInfo[];
}

export const NO_DEVICES: DeviceLists = { audioInputs: [], videoInputs: [] };

/** Labels are only filled in after a permission grant, so call this after getUserMedia. */
export async function listInputDevices(): Promise<DeviceLists> {
  if (!navigator.mediaDevices?.enumerateDevices) return NO_DEVICES;
  const devices = await navigator.mediaDevices.enumerateDevices();
  const real = devices.filter((device) => device.deviceId !== '');
  return {
    audioInputs: real.filter((device) => device.kind === 'audioinput'),
    videoInputs: real.filter((device) => device.kind === 'videoinput'),
  };
}

export function onDeviceChange(listener: () => void): () => void {
  const devices = navigator.mediaDevices;
  if (!devices?.addEventListener) return () => {};
  devices.addEventListener('devicechange', listener);
  return () => devices.removeEventListener('devicechange', listener);
}

export function deviceLabel(device: MediaDeviceInfo, index: number): string {
  const fallback = device.kind === 'audioinput' ? `Microphone ${index + 1}` : `Camera ${index + 1}`;
  return device.label || fallback;
}
