import { Mic, MicOff, Video, VideoOff } from 'lucide-react';
import { useMemo } from 'react';
import { IconButton } from '../../../components/ui/IconButton';
import { Spinner } from '../../../components/ui/Spinner';
import type { LocalMedia } from '../hooks/useLocalMedia';
import { StreamVideo } from './StreamVideo';
import styles from './PreJoin.module.css';

export interface MediaPreviewProps {
  media: LocalMedia;
  name: string;
}

export function MediaPreview({ media, name }: MediaPreviewProps) {
  const videoTrack = media.tracks.video;
  const stream = useMemo(() => (videoTrack ? new MediaStream([videoTrack]) : null), [videoTrack]);
  const { audio: micOn, video: cameraOn } = media.on;

  return (
    <div className={styles.preview} data-theme="call" data-testid="prejoin-preview">
      <StreamVideo
        stream={stream}
        self
        mirrored
        className={cameraOn ? styles.previewVideo : `${styles.previewVideo} ${styles.hidden}`}
      />
      {!media.ready && (
        <div className={styles.previewNote}>
          <Spinner label="Starting your camera" />
        </div>
      )}
      {media.ready && !cameraOn && <p className={styles.previewNote}>Camera is off</p>}
      {name && <p className={styles.previewName}>{name}</p>}
      <div className={styles.previewControls}>
        <IconButton
          label="Microphone"
          title={micOn ? 'Turn off microphone' : 'Turn on microphone'}
          pressed={micOn}
          icon={micOn ? <Mic /> : <MicOff />}
          variant={micOn || !media.ready ? 'secondary' : 'danger'}
          size="lg"
          disabled={!media.ready}
          onClick={() => media.toggle('audio')}
        />
        <IconButton
          label="Camera"
          title={cameraOn ? 'Turn off camera' : 'Turn on camera'}
          pressed={cameraOn}
          icon={cameraOn ? <Video /> : <VideoOff />}
          variant={cameraOn || !media.ready ? 'secondary' : 'danger'}
          size="lg"
          disabled={!media.ready}
          onClick={() => media.toggle('video')}
        />
      </div>
    </div>
  );
}
