import type { TemplateContent } from '@parley/contracts';
import { DocumentCard } from '../chat/content/DocumentCard';
import { ImageContent } from '../chat/content/ImageContent';
import { LocationCard } from '../chat/content/LocationCard';
import { VideoContent } from '../chat/content/VideoContent';

/** Every header an interactive or template message can have (templates add a location). */
export type PlatformHeaderContent = NonNullable<TemplateContent['header']>;

/** The header of an interactive or template message: a bold line, a photo, a video, a file or a place. */
export function PlatformHeader({ header }: { header: PlatformHeaderContent }) {
  switch (header.type) {
    case 'text':
      return (
        <strong className="platform-message__header" dir="auto">
          {header.text}
        </strong>
      );
    case 'image':
      return <ImageContent mediaId={header.mediaId} />;
    case 'video':
      return <VideoContent mediaId={header.mediaId} />;
    case 'document':
      return <DocumentCard mediaId={header.mediaId} filename={header.filename} />;
    case 'location':
      return <LocationCard location={header} />;
  }
}
