// A draft another area asks the Declarations area to open (a crossing's declaration).
export const draftToOpen = $state<{ id: string | null }>({ id: null });
