import { Spinner } from '../../../../components/ui/Spinner';
import type { LocalMedia } from '../../hooks/useLocalMedia';
import { useTrackStream } from '../../hooks/useTrackStream';
import { MediaToggleButton } from '../../components/MediaToggleButton';
import { StreamVideo } from '../../components/StreamVideo';
import styles from './PreJoin.module.css';

export interface MediaPreviewProps {
  media: LocalMedia;
  name: string;
}

export function MediaPreview({ media, name }: MediaPreviewProps) {
  const stream = useTrackStream(media.tracks.video);
  const { audio: micOn, video: cameraOn } = media.on;

  return (
    <div className={styles.preview} data-theme="call" data-testid="prejoin-preview">
      <StreamVideo
        stream={stream}
        muted
        mirrored
        hidden={!cameraOn}
        className={styles.previewVideo}
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
