using CsCheck;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Validation;

public sealed class SuggestionTests
{
    private static string Word(Random random, int length) => string.Concat(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(8))));

    [Fact]
    public async Task A_manifest_of_thousands_of_long_unknown_names_validates_in_seconds_not_minutes()
    {
        // Before: every entry that matched nothing was compared in full with every name, over 300 s for this manifest.
        var random = new Random(1);
        var files = new WorkspaceFiles();
        var names = Enumerable.Range(0, 2000).Select(_ => Word(random, 100)).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            files.With($"functions/{names[i]}.json", $$"""{ "guid": "f{{i}}", "name": "{{names[i]}}", "steps": [] }""");
        }

        var typo = "x" + names[0][1..];
        var entries = new[] { typo }.Concat(Enumerable.Range(0, 2000).Select(_ => Word(random, 100)));
        files.Manifest($$"""{ "include": { "functions": [{{string.Join(", ", entries.Select(e => $"\"{e}\""))}}] } }""");

        var report = await Task.Run(files.Validate).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2001, report.Diagnostics.Count);
        Assert.All(report.Diagnostics, d => Assert.Equal("XL2002", d.Code));
        Assert.Contains($"did you mean '{names[0]}'?", report.Diagnostics.Single(d => d.Message.Contains(typo, StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bounded_search_suggests_what_comparing_every_name_in_full_suggests()
    {
        var words = Gen.String[Gen.Char['a', 'd'], 0, 9];
        Gen.Select(words, words.Array[0, 12]).Sample((value, candidates) =>
            Assert.Equal(Reference(value, candidates), Suggestions.Nearest(value, candidates)));
    }

    /// <summary>The full edit distance to every candidate, the nearest (ties: ordinal first) when near enough.</summary>
    private static string? Reference(string value, string[] candidates)
    {
        static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                for (var j = 0; j <= b.Length; j++)
                {
                    d[i, j] = i == 0 ? j : j == 0 ? i : Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }
            }

            return d[a.Length, b.Length];
        }

        var best = candidates.Select(c => (Candidate: c, Distance: Distance(value, c)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Candidate, StringComparer.Ordinal).FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, value.Length / 3) ? best.Candidate : null;
    }
}
