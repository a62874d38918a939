using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Docs;

/// <summary>
/// The docs show real output: every block marked <c>&lt;!-- output: example --&gt;</c> in README.md and docs/ is run again
/// on a copy of example-source-workspace and must print what the document shows.
/// </summary>
public sealed class DocumentedOutputTests : IClassFixture<DocumentedOutputTests.ExampleCopy>
{
    private readonly ExampleCopy example;

    public DocumentedOutputTests(ExampleCopy example) => this.example = example;

    public static TheoryData<string> Blocks()
    {
        var data = new TheoryData<string>();
        foreach (var block in All())
        {
            data.Add(block.ToString());
        }

        return data;
    }

    [Fact]
    public void The_command_reference_and_the_readme_have_checked_examples()
    {
        Assert.Contains(All(), b => b.Document == "docs/cli.md" && b.Transcript[0] == "$ xanolink validate");
        Assert.Contains(All(), b => b.Document == "README.md");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void A_documented_example_prints_what_the_document_shows(string where)
    {
        var block = All().Single(b => b.ToString() == where);

        var actual = block.Rerun(example.Folder);

        Assert.True(block.Matches(actual), $"{where} shows:\n{string.Join('\n', block.Transcript)}\n\nbut the commands print:\n{string.Join('\n', actual)}");
    }

    [Fact]
    public void An_ellipsis_stands_for_lines_and_nothing_else_is_skipped()
    {
        var block = new DocumentedOutput("x.md", 1, ["$ xanolink a", "one", "...", "four"]);

        Assert.True(block.Matches(["$ xanolink a", "one", "two", "three", "four"]));
        Assert.True(block.Matches(["$ xanolink a", "one", "four"]));
        Assert.False(block.Matches(["$ xanolink a", "one", "four", "five"]));
        Assert.False(block.Matches(["$ xanolink a", "uno", "four"]));
    }

    private static IEnumerable<DocumentedOutput> All()
    {
        var documents = Directory.GetFiles(RepositoryRoot.Combine("docs"), "*.md").Select(p => "docs/" + Path.GetFileName(p)).Order(StringComparer.Ordinal);
        return new[] { "README.md" }.Concat(documents).SelectMany(DocumentedOutput.In);
    }

    /// <summary>A copy of the example workspace (not in Git, as a fresh clone's example folder is read by these commands).</summary>
    public sealed class ExampleCopy : IDisposable
    {
        private readonly TempDirectory temp = new("xldocs");

        public ExampleCopy()
        {
            Folder = temp.Combine("shop");
            GitCli.CopyFolder(RepositoryRoot.Combine("example-source-workspace"), Folder);
        }

        public string Folder { get; }

        public void Dispose() => temp.Dispose();
    }
}
