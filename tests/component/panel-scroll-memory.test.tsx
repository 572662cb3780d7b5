import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { BottomSheet } from '../../src/ui/BottomSheet';

const TITLES = Array.from({ length: 40 }, (_, index) => `Incident ${index + 1}`);

function ListOrIncident() {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <BottomSheet
      id="panel"
      label="Incidents"
      nameInSentence="the incidents panel"
      maxSnap="full"
      openKey={open}
    >
      {open ? (
        <button type="button" onClick={() => setOpen(null)}>
          Back to the list from {open}
        </button>
      ) : (
        TITLES.map((title) => (
          <button key={title} type="button" onClick={() => setOpen(title)}>
            {title}
          </button>
        ))
      )}
    </BottomSheet>
  );
}

const sheetBody = () => document.getElementById('panel-body') as HTMLElement;

describe('a reader who opens an incident from low in the list', () => {
  it('comes back to the same place even when the tap follows the scroll within one frame', async () => {
    const user = userEvent.setup();
    render(<ListOrIncident />);
    // No scroll event reaches the sheet before the tap: the browser would send it on the next frame.
    sheetBody().scrollTop = 1200;

    await user.click(screen.getByRole('button', { name: 'Incident 31' }));
    expect(sheetBody().scrollTop).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Back to the list from Incident 31' }));
    expect(sheetBody().scrollTop).toBe(1200);
  });
});
