using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Docs;

/// <summary>
/// A fenced block of a document marked, on the line before its fence, with <c>&lt;!-- output: example --&gt;</c>: a
/// transcript of <c>$ xanolink ARGS</c> commands run in the example workspace, each followed by what it prints. A line
/// <c>...</c> stands for any number of lines; <c>$ echo $?</c> is followed by the previous command's exit code.
/// </summary>
public sealed record DocumentedOutput(string Document, int Line, IReadOnlyList<string> Transcript)
{
    public const string Marker = "<!-- output: example -->";

    public override string ToString() => $"{Document}:{Line}";

    public static IEnumerable<DocumentedOutput> In(string document)
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine(document.Split('/')));
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i].Trim() != Marker)
            {
                continue;
            }

            var fence = lines[i + 1].Trim();
            Assert.True(fence.StartsWith("```", StringComparison.Ordinal), $"{document}:{i + 1}: {Marker} must be followed by a fenced block");
            var body = lines.Skip(i + 2).TakeWhile(l => l.Trim() != "```").ToList();
            yield return new DocumentedOutput(document, i + 3, body.Select(l => l[Math.Min(Indent(lines[i + 1]), l.Length - l.TrimStart().Length)..]).ToList());
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>Runs the transcript's commands in <paramref name="workspace"/> and returns the transcript they really print.</summary>
    public IReadOnlyList<string> Rerun(string workspace)
    {
        var actual = new List<string>();
        var exitCode = 0;
        foreach (var line in Transcript.Where(l => l.StartsWith("$ ", StringComparison.Ordinal)))
        {
            actual.Add(line);
            if (line == "$ echo $?")
            {
                actual.Add(exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            Assert.True(line.StartsWith("$ xanolink ", StringComparison.Ordinal), $"{this}: only xanolink commands can be checked: {line}");
            var result = CliRunner.Run(workspace, line["$ xanolink ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            exitCode = result.ExitCode;
            actual.AddRange((result.Out + result.Error).TrimEnd('\n').Split('\n'));
        }

        return actual;
    }

    /// <summary>Whether <paramref name="actual"/> is the transcript, with each <c>...</c> line standing for any lines.</summary>
    public bool Matches(IReadOnlyList<string> actual) => Matches(0, actual, 0);

    private bool Matches(int e, IReadOnlyList<string> actual, int a)
    {
        if (e == Transcript.Count)
        {
            return a == actual.Count;
        }

        if (Transcript[e].Trim() == "...")
        {
            for (var skip = a; skip <= actual.Count; skip++)
            {
                if (Matches(e + 1, actual, skip))
                {
                    return true;
                }
            }

            return false;
        }

        return a < actual.Count && Transcript[e].TrimEnd() == actual[a].TrimEnd() && Matches(e + 1, actual, a + 1);
    }
}
