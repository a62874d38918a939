using Newtonsoft.Json.Linq;
using XanoLink.XanoScript;
using XanoLink.XanoScript.Model;

namespace XanoLink.Core.Tests.XanoScript;

public sealed class CorpusRoundTripTests
{
    [Theory]
    [MemberData(nameof(XsCorpus.Every), MemberType = typeof(XsCorpus))]
    public void Every_corpus_file_reads_without_a_diagnostic(string file)
    {
        var read = XanoScriptReader.Read(file, XsCorpus.Text(file));

        Assert.Empty(read.Diagnostics);
        Assert.NotEmpty(read.Documents);
        Assert.All(read.Documents, d => Assert.False(d.IsOpaque));
    }

    [Theory]
    [MemberData(nameof(XsCorpus.XanoStyle), MemberType = typeof(XsCorpus))]
    public void A_file_in_Xanos_style_prints_back_byte_for_byte(string file)
    {
        var text = XsCorpus.Text(file);
        var read = XanoScriptReader.Read(file, text);

        var documents = read.Documents.Select(d => XanoScriptWriter.Write(d.Construct, d.Model, file).Text!).ToList();

        Assert.Equal(text, XanoScriptWriter.Join(documents, read.EndsWithNewline));
    }

    [Theory]
    [MemberData(nameof(XsCorpus.Every), MemberType = typeof(XsCorpus))]
    public void Any_file_printed_and_read_again_gives_the_same_model(string file)
    {
        var first = XanoScriptReader.Read(file, XsCorpus.Text(file));
        var printed = XanoScriptWriter.Join(first.Documents.Select(d => XanoScriptWriter.Write(d.Construct, d.Model, file).Text!));

        var second = XanoScriptReader.Read(file, printed);

        Assert.Empty(second.Diagnostics);
        Assert.Equal(first.Documents.Select(d => d.Construct), second.Documents.Select(d => d.Construct));
        Assert.All(first.Documents.Zip(second.Documents), pair => Assert.True(JToken.DeepEquals(pair.First.Model, pair.Second.Model), pair.First.Model + "\n---\n" + pair.Second.Model));
    }

    [Theory]
    [MemberData(nameof(XsCorpus.Every), MemberType = typeof(XsCorpus))]
    public void Each_document_span_is_the_documents_exact_text(string file)
    {
        var text = XsCorpus.Text(file);
        var read = XanoScriptReader.Read(file, text);

        foreach (var document in read.Documents)
        {
            var own = text.Substring(document.Start, document.Length);
            var alone = XanoScriptReader.Read(file, own);
            Assert.True(JToken.DeepEquals(document.Model, alone.Documents.Single().Model));
            Assert.Equal(document.Line, text[..document.Start].Count(c => c == '\n') + 1);
        }
    }

    [Fact]
    public void The_corpus_holds_every_construct_and_statement_XanoLink_knows()
    {
        var constructs = new HashSet<string>(StringComparer.Ordinal);
        var ops = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in XsCorpus.Every())
        {
            foreach (var document in XanoScriptReader.Read(file, XsCorpus.Text(file)).Documents)
            {
                constructs.Add(document.Construct);
                foreach (var step in document.Model.DescendantsAndSelf().OfType<JObject>())
                {
                    if (step["op"] is JValue { Type: JTokenType.String } op)
                    {
                        ops.Add(XsCatalog.Keyword((string)op!));
                    }
                }
            }
        }

        Assert.Empty(XsCatalog.Constructs.Except(constructs));
        Assert.Empty(XsCatalog.AllStatements.Except(ops).Except(["input", "schema", "stack", "each", "if", "elseif", "else"]));
    }
}
