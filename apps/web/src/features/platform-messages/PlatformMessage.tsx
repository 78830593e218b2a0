import type { InteractiveContent, TemplateContent } from '@parley/contracts';
import { PlatformHeader } from './PlatformHeader';
import './platform-messages.css';

/**
 * What an interactive or template message shows inside its bubble: header, body and footer. Its
 * buttons sit under the bubble (PlatformActions).
 */
export function PlatformMessage({ content }: { content: InteractiveContent | TemplateContent }) {
  return (
    <div className="platform-message">
      {content.header !== undefined && <PlatformHeader header={content.header} />}
      <p className="platform-message__body" dir="auto">
        {content.body}
      </p>
      {content.footer !== undefined && (
        <p className="platform-message__footer" dir="auto">
          {content.footer}
        </p>
      )}
    </div>
  );
}
