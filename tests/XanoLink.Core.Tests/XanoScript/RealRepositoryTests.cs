using Newtonsoft.Json.Linq;
using XanoLink.XanoScript;
using Xunit.Abstractions;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>
/// Public XanoScript repositories, read at run time only (their files have no licence to copy): set
/// XANOLINK_XS_REPOS to folders separated by the path separator. Every file must read without a syntax error,
/// and every document must read back the same after printing; the report counts what printed back byte for byte.
/// </summary>
public sealed class RealRepositoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Real_repositories_read_without_errors_and_round_trip()
    {
        var folders = Environment.GetEnvironmentVariable("XANOLINK_XS_REPOS");
        if (string.IsNullOrEmpty(folders))
        {
            output.WriteLine("XANOLINK_XS_REPOS is not set; nothing to read.");
            return;
        }

        var failures = new List<string>();
        foreach (var folder in folders.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            int files = 0, documents = 0, exactFiles = 0, warnings = 0;
            var constructs = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var path in Directory.EnumerateFiles(folder, "*.xs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                files++;
                var relative = Path.GetRelativePath(folder, path);
                var text = File.ReadAllText(path);
                var read = XanoScriptReader.Read(relative, text);
                warnings += read.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning);
                failures.AddRange(read.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()));
                var printed = new List<string>();
                foreach (var document in read.Documents)
                {
                    documents++;
                    constructs[document.Construct] = constructs.GetValueOrDefault(document.Construct) + 1;
                    var written = XanoScriptWriter.Write(document.Construct, document.Model, relative);
                    if (written.Text is null)
                    {
                        failures.AddRange(written.Diagnostics.Select(d => d.ToString()));
                        continue;
                    }

                    printed.Add(written.Text);
                    var back = XanoScriptReader.Read(relative, written.Text).Documents.Single().Model;
                    if (!JToken.DeepEquals(document.Model, back))
                    {
                        failures.Add($"{relative}: '{document.Name}' does not read back the same after printing");
                    }
                }

                if (!read.HasErrors && XanoScriptWriter.Join(printed, read.EndsWithNewline) == text)
                {
                    exactFiles++;
                }
            }

            output.WriteLine($"{folder}: {files} files, {documents} documents ({string.Join(", ", constructs.Select(c => $"{c.Value} {c.Key}"))}), {warnings} warnings, {exactFiles} files print back byte for byte");
        }

        Assert.Empty(failures);
    }
}
