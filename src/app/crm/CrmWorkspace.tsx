/** The CRM workspace, loaded lazily by the app shell. */
export default function CrmWorkspace() {
  return <main className="crm" data-testid="crm-workspace" />;
}
