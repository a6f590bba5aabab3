"use client";
// While a bulk job runs, its page re-reads itself every second; it stops once the job has ended.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
