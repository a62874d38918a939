using System.Runtime.InteropServices;
using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Bench.Generation;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;
using XanoLink.XanoScript;
using XanoLink.XanoScript.Syntax;

namespace XanoLink.Bench;

/// <summary>
/// xs: how fast XanoScript is read. The generated workspace's objects are written as XanoScript (one document
/// each, as Xano's tools write them), then read back: syntax only, and syntax + object model.
/// </summary>
internal static class XanoScriptCommand
{
    public static int Run(Arguments args)
    {
        var sizes = args.Ints("sizes", [10_000]);
        var seed = args.Int("seed", 1);
        var warmup = args.Int("warmup", 1);
        var runs = args.Int("reps", 5);

        Console.WriteLine($"XanoLink XanoScript bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores; seed {seed}, warmup {warmup}, {runs} runs; load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Scenario | Objects | Size | Median | Min | MB/s (median) | CPU/run | Allocated/run |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var documents = Documents(size, seed);
            var bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
            foreach (var m in Measurements(documents, size, warmup, runs))
            {
                var mbs = bytes / (1024.0 * 1024.0) / m.Median.TotalSeconds;
                Console.WriteLine($"| {m.Scenario} | {size:N0} | {Harness.FormatBytes(bytes)} | {Harness.Format(m.Median)} | {Harness.Format(m.Min)} | {mbs:N1} | {Harness.Format(m.CpuPerRun)} | {Harness.FormatBytes(m.AllocatedPerRun)} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Scaling on shapes that would be quadratic if a line or a run of blank lines were scanned more than once:");
        Console.WriteLine();
        Console.WriteLine("| Shape | Size | Median | Min | MB/s (median) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (shape, make) in Shapes())
        {
            foreach (var megabytes in new[] { 1, 4, 16 })
            {
                var text = make(megabytes * 1024 * 1024);
                var m = Harness.Measure(shape, 1, warmup, runs, () => XanoScriptReader.Read("big.xs", text).Documents.Count);
                var mbs = text.Length / (1024.0 * 1024.0) / m.Median.TotalSeconds;
                Console.WriteLine($"| {shape} | {Harness.FormatBytes(text.Length)} | {Harness.Format(m.Median)} | {Harness.Format(m.Min)} | {mbs:N1} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end: {LoadAverage()}");
        return 0;
    }

    // Texts of about the given number of characters (a little under 16 MiB at the largest).
    private static IEnumerable<(string Shape, Func<int, string> Make)> Shapes()
    {
        yield return ("one line: a literal of many numbers", size =>
        {
            var builder = new StringBuilder("function f {\n  response = [");
            for (var i = 0; builder.Length < size - 64; i++)
            {
                builder.Append(i).Append(", ");
            }

            return builder.Append("0]\n}").ToString();
        }
        );
        yield return ("one line: many statements", size =>
        {
            var builder = new StringBuilder("function f {\n  stack {");
            for (var i = 0; builder.Length < size - 64; i++)
            {
                builder.Append(" var $v").Append(i).Append(" { value = ").Append(i).Append(" }");
            }

            return builder.Append(" }\n}").ToString();
        }
        );
        yield return ("blank lines inside a filter chain", size =>
        {
            var builder = new StringBuilder("function f {\n  response = $x");
            while (builder.Length < size - 64)
            {
                builder.Append("\n\n\n\n\n\n\n\n    |trim");
            }

            return builder.Append("\n}").ToString();
        }
        );
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed record Document(string Path, string Construct, string Text, JObject Model);

    /// <summary>Every object of a generated workspace as a XanoScript document.</summary>
    private static List<Document> Documents(int size, int seed)
    {
        var result = new List<Document>();
        foreach (var (path, content) in WorkspaceGenerator.Generate(size, seed).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var meaning = PathLayout.Classify(path);
            if (meaning.Role != FileRole.Object)
            {
                continue;
            }

            var (token, _) = JsonFileReader.Parse(path, Encoding.UTF8.GetString(content));
            var construct = meaning.Kind switch
            {
                ItemKind.Table => "table",
                ItemKind.ApiGroup => "api_group",
                ItemKind.Api => "query",
                ItemKind.Function => "function",
                ItemKind.Addon => "addon",
                ItemKind.Task => "task",
                _ => "table_trigger",
            };
            var written = XanoScriptWriter.Write(construct, (JObject)token!, path);
            if (written.Text is null)
            {
                throw new InvalidOperationException(string.Join("\n", written.Diagnostics));
            }

            result.Add(new Document(System.IO.Path.ChangeExtension(path, ".xs"), construct, written.Text, (JObject)token!));
        }

        if (result.Count != size)
        {
            throw new InvalidOperationException($"{result.Count} documents for {size} objects");
        }

        return result;
    }

    private static IEnumerable<Measurement> Measurements(List<Document> documents, int size, int warmup, int runs)
    {
        yield return Harness.Measure("parse, syntax only", size, warmup, runs, () =>
        {
            var count = 0;
            foreach (var d in documents)
            {
                count += XsParser.Parse(d.Text).Documents.Count;
            }

            return count;
        });

        var check = documents.Select(d => XanoScriptReader.Read(d.Path, d.Text)).ToList();
        if (check.Any(f => f.Diagnostics.Count > 0 || f.Documents.Count != 1))
        {
            throw new InvalidOperationException("a generated document did not read cleanly");
        }

        yield return Harness.Measure("parse + object model (XanoScriptReader.Read)", size, warmup, runs, () =>
        {
            var count = 0;
            foreach (var d in documents)
            {
                count += XanoScriptReader.Read(d.Path, d.Text).Documents.Count;
            }

            return count;
        });

        yield return Harness.Measure("write + check by reading back (XanoScriptWriter.Write)", size, warmup, Math.Max(1, runs / 2), () =>
        {
            var count = 0;
            foreach (var d in documents)
            {
                count += XanoScriptWriter.Write(d.Construct, d.Model, d.Path).Text!.Length;
            }

            return count;
        });
    }
}
