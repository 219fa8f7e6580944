export function App() {
  return (
    <main>
      <h1>政府工作报告阅读助手</h1>
    </main>
  );
}
