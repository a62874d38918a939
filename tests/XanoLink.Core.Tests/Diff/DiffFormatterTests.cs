using XanoLink.Diff;
using XanoLink.Diff.Formatting;
using XanoLink.Testing;

namespace XanoLink.Core.Tests.Diff;

public sealed class DiffFormatterTests
{
    private static DiffReport Showcase()
    {
        var (left, right) = DiffFixtures.Showcase();
        return WorkspaceDiff.Compare(left.Source("main"), right.Source("feature/products"));
    }

    [Fact]
    public void Text_lists_items_like_a_stat_then_each_change_in_words() =>
        Approvals.Verify(TextDiffFormatter.Format(Showcase()));

    [Fact]
    public void Text_in_colour_paints_statuses_and_changes() =>
        Assert.Contains("\u001b[31mdeleted\u001b[0m", TextDiffFormatter.Format(Showcase(), color: true), StringComparison.Ordinal);

    [Fact]
    public void Json_follows_the_cli_contract() =>
        Approvals.Verify(JsonDiffFormatter.Format(Showcase()), extension: "json");

    [Fact]
    public void Markdown_has_a_summary_table_and_a_details_section_per_item() =>
        Approvals.Verify(MarkdownDiffFormatter.Format(Showcase()), extension: "md");

    [Fact]
    public void Html_is_one_self_contained_page() =>
        Approvals.Verify(HtmlDiffFormatter.Format(Showcase()), extension: "html");

    [Fact]
    public void Html_loads_nothing_from_outside()
    {
        var html = HtmlDiffFormatter.Format(Showcase());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_escapes_pipes_in_cells() =>
        Assert.Equal("a \\| b &lt;c&gt;", MarkdownDiffFormatter.Cell("a | b <c>"));

    [Fact]
    public void No_differences_says_so_in_every_format()
    {
        var same = new WorkspaceFiles().Function("f");
        var report = WorkspaceDiff.Compare(same.Source(), same.Source());
        Assert.Equal("No differences.\n", TextDiffFormatter.Format(report));
        Assert.Contains("No differences.", MarkdownDiffFormatter.Format(report), StringComparison.Ordinal);
        Assert.Contains("No differences.", HtmlDiffFormatter.Format(report), StringComparison.Ordinal);
        Assert.Contains("\"items\": []", JsonDiffFormatter.Format(report), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("steps[2]", "3")]
    [InlineData("steps[1].then[0]", "2.then[1]")]
    [InlineData("steps[0].steps[3].else[1]", "1.steps[4].else[2]")]
    public void Step_numbers_count_from_one(string path, string expected) =>
        Assert.Equal(expected, ChangeLabels.StepNumber(path));
}
