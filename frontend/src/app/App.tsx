export function App() {
  return <main>Huddle</main>;
}
