import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The Shape Detection API's BarcodeDetector, which TypeScript's DOM types do not include yet. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** Only some browsers (Chrome on Android, macOS, ChromeOS) can read QR codes from the camera. */
export function canScanQrCodes(): boolean {
  return barcodeDetector() !== undefined && navigator.mediaDevices !== undefined;
}

const SCAN_EVERY_MS = 300;

/** The camera, read until a QR code with a link code shows up. */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation('settings');
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const found = useEffectEvent((code: string) => onCode(code));
  useEffect(() => {
    const Detector = barcodeDetector();
    if (Detector === undefined) return;
    const detector = new Detector({ formats: ['qr_code'] });
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const scan = async () => {
      if (stopped || video.current === null) return;
      const barcodes = await detector.detect(video.current).catch(() => []);
      const code = barcodes.map((barcode) => barcode.rawValue.trim()).find((value) => value !== '');
      if (code !== undefined) found(code);
      else timer = setTimeout(() => void scan(), SCAN_EVERY_MS);
    };
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(
      async (opened) => {
        stream = opened;
        if (stopped || video.current === null) {
          opened.getTracks().forEach((track) => track.stop());
          return;
        }
        video.current.srcObject = opened;
        await video.current.play();
        void scan();
      },
      () => setFailed(true),
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  if (failed) return <p className="field__error">{t('devices.cameraFailed')}</p>;
  return <video ref={video} className="settings__scanner" muted playsInline aria-label={t('devices.scan')} />;
}
