using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Legacy;

/// <summary>The original sample's three 2020 legacy exports (amazon-connect-snippets, MIT-0), kept byte for byte under tests/corpus,
/// and an instance model that puts them where our three flows are: same names, same numbers, queues, hours and functions.</summary>
internal static class OriginalSampleFlows
{
    public static string Folder => RepositoryPaths.Combine("tests", "corpus", "amazon-connect-snippets", "projects", "DynamicContactCenter", "ContactFlows");

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>The literal the export carries where its README says "select the ~GetLambdas function" after import.</summary>
    public const string UnselectedFunction = "\"value\":\"Change to Select a function > ~GetLambdas function\",\"namespace\":\"External\"";

    /// <summary>Writes into <paramref name="folder"/> an instance model whose InitFlow, LanguageFlow and MainFlow are the original exports,
    /// at the ARNs the exports use to transfer to each other. With <paramref name="importStepDone"/>, InitFlow first gets the one edit
    /// the sample's README asks for after import (its first Lambda block pointed at GetLambdas); the file in tests/corpus is untouched.</summary>
    public static string WriteInstance(string folder, bool importStepDone)
    {
        var init = File("100_InitFlow");
        if (importStepDone)
        {
            init = Path.Combine(folder, "100_InitFlow");
            var original = System.IO.File.ReadAllText(File("100_InitFlow"));
            System.IO.File.WriteAllText(init, original.Replace(UnselectedFunction,
                "\"value\":\"arn:aws:lambda:us-east-1:123456789012:function:dcc-prod-GetLambdas\",\"namespace\":null", StringComparison.Ordinal));
        }

        var shipped = System.IO.File.ReadAllText(RepositoryPaths.Combine("config", "instance.yaml"));
        var flowsStart = shipped.IndexOf("\nflows:", StringComparison.Ordinal);
        var flowsEnd = shipped.IndexOf("\n# Lambda functions", StringComparison.Ordinal);
        const string Instance = "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-0000-0000-000000000000/contact-flow/";
        var flows = $"""

            flows:
              InitFlow:
                arn: {Instance}00000000-0000-0000-0000-000000000100
                file: {init}
                type: CONTACT_FLOW
              LanguageFlow:
                arn: {Instance}da5c5ae2-364e-4703-9d31-5e23fd96dc83
                file: {File("100_LangFlow")}
                type: CONTACT_FLOW
              MainFlow:
                arn: {Instance}f416754e-9dda-45aa-974b-631d167b9689
                file: {File("100_MainFlow")}
                type: CONTACT_FLOW
            """;
        var path = Path.Combine(folder, "instance.yaml");
        System.IO.File.WriteAllText(path, shipped[..flowsStart] + flows + shipped[flowsEnd..]);
        return path;
    }
}
