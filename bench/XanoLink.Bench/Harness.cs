using System.Diagnostics;

namespace XanoLink.Bench;

/// <summary>
/// One scenario's numbers: wall time per run (median, min), process CPU time per run (all threads, GC included:
/// on a shared machine it is steadier than wall time), bytes allocated per run, and peak resident memory.
/// </summary>
internal sealed record Measurement(string Scenario, int Objects, int Runs, TimeSpan Median, TimeSpan Min, TimeSpan CpuPerRun, long AllocatedPerRun, long PeakWorkingSet);

/// <summary>
/// A plain Stopwatch harness: warm up, then time each run alone; report median and minimum. Peak memory is
/// the process's high-water mark during the timed runs (reset before each scenario where Linux allows it).
/// </summary>
internal static class Harness
{
    public static Measurement Measure(string scenario, int objects, int warmup, int runs, Func<object?> action)
    {
        for (var i = 0; i < warmup; i++)
        {
            GC.KeepAlive(action());
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        PeakMemory.Reset();

        var times = new List<TimeSpan>(runs);
        var allocated = 0L;
        var cpuBefore = CpuTime();
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var result = action();
            watch.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(result);
            times.Add(watch.Elapsed);
        }

        var cpu = (CpuTime() - cpuBefore) / runs;
        times.Sort();
        return new Measurement(scenario, objects, runs, times[times.Count / 2], times[0], cpu, allocated / runs, PeakMemory.Read());
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static string Format(TimeSpan time) => time.TotalMilliseconds switch
    {
        >= 1000 => $"{time.TotalSeconds:N2} s",
        >= 1 => $"{time.TotalMilliseconds:N1} ms",
        _ => $"{time.TotalMicroseconds:N1} µs",
    };

    public static string FormatBytes(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):N2} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):N1} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:N1} KiB",
        _ => $"{bytes} B",
    };
}

/// <summary>The process's peak resident set: VmHWM on Linux (resettable through clear_refs), PeakWorkingSet64 elsewhere.</summary>
internal static class PeakMemory
{
    private const string Status = "/proc/self/status";

    public static void Reset()
    {
        try
        {
            if (File.Exists("/proc/self/clear_refs"))
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
        }
        catch (IOException)
        {
            // Not allowed here: the peak then covers the whole process so far.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static long Read()
    {
        if (File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
