import { useMemo } from 'react';
import { Spinner } from '../../../components/ui/Spinner';
import type { LocalMedia } from '../hooks/useLocalMedia';
import { MediaToggleButton } from './MediaToggleButton';
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
        muted
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
        <MediaToggleButton
          kind="audio"
          on={micOn}
          disabled={!media.ready}
          onToggle={() => media.toggle('audio')}
        />
        <MediaToggleButton
          kind="video"
          on={cameraOn}
          disabled={!media.ready}
          onToggle={() => media.toggle('video')}
        />
      </div>
    </div>
  );
}
