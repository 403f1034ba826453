using System.Text.Json;
using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Testing;

namespace DynamicContactCenter.Cli.Tests.Calls;

/// <summary>Issue #12 item 3 end to end: an exported flow that looks the caller up in Customer Profiles, greets by first name, records
/// the contact on the profile and opens a case, run by <c>dcc call</c> (a stub domain: the shipped instance model has none) and by
/// <c>dcc test</c> with profiles seeded in the scenario file and the stored records asserted.</summary>
[Trait("Issue", "12")]
public sealed class ProfilesAndCasesCommandTests : IDisposable
{
    private const string At = "2026-11-24T10:00:00-05:00";
    private readonly string _folder = Directory.CreateTempSubdirectory("dcc-profiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The Get profile shape of real exports and API:interactions-getcustomerprofile (<c>_phone</c> = the caller's number).</summary>
    private string GreetFlow() => Write("greet.json", """
        {
          "Version": "2019-10-30",
          "StartAction": "Get profile",
          "Actions": [
            { "Identifier": "Get profile", "Type": "GetCustomerProfile",
              "Parameters": { "ProfileRequestData": { "IdentifierName": "_phone", "IdentifierValue": "$.CustomerEndpoint.Address" },
                              "ProfileResponseData": ["FirstName", "LastName"] },
              "Transitions": { "NextAction": "Greet", "Errors": [
                { "ErrorType": "MultipleFoundError", "NextAction": "Hello" }, { "ErrorType": "NoneFoundError", "NextAction": "Hello" },
                { "ErrorType": "NoMatchingError", "NextAction": "Hello" } ] } },
            { "Identifier": "Greet", "Type": "MessageParticipant", "Parameters": { "Text": "Hello $.Customer.FirstName" },
              "Transitions": { "NextAction": "Note" } },
            { "Identifier": "Note", "Type": "UpdateCustomerProfile",
              "Parameters": { "ProfileRequestData": { "Attributes.LastContact": "$.Channel" } },
              "Transitions": { "NextAction": "Open case", "Errors": [ { "ErrorType": "NoMatchingError", "NextAction": "Bye" } ] } },
            { "Identifier": "Open case", "Type": "CreateCase",
              "Parameters": { "LinkContactToCase": "true", "CaseTemplateId": "general",
                              "CaseRequestFields": { "title": "Callback for $.Customer.FirstName", "status": "open" } },
              "Transitions": { "NextAction": "Bye", "Errors": [ { "ErrorType": "NoMatchingError", "NextAction": "Bye" } ] } },
            { "Identifier": "Hello", "Type": "MessageParticipant", "Parameters": { "Text": "Hello" }, "Transitions": { "NextAction": "Bye" } },
            { "Identifier": "Bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
          ]
        }
        """);

    [Fact]
    public async Task Call_NoProfilesDomain_RunsAsAStubAndSaysSo()
    {
        // Act
        var run = await DccRun.RunAsync("call", "+14443330000", "--flow", GreetFlow(), "--at", At, "--json");

        // Assert: the stub domain finds no one, so the caller hears the neutral greeting; the call goes on to its end.
        run.ExitCode.ShouldBe(0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;
        result.GetProperty("outcome").GetString().ShouldBe("disconnected");
        result.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldContain(ProfileMessages.DomainStub.Code);
    }

    [Fact]
    public async Task Test_SeededProfile_GreetedAndWhatWasStoredIsChecked()
    {
        // Arrange
        var scenarios = Write("greet.yaml", $$"""
            defaults:
              at: {{At}}
              number: "+14443330000"
              flow: {{GreetFlow()}}
            scenarios:
              - name: a known caller is greeted and gets a case
                call: { caller: "+15555550100" }
                profiles:
                  - { ProfileId: p-ana, FirstName: Ana, PhoneNumber: "+15555550100" }
                expect:
                  prompts: [Hello Ana]
                  profiles: [{ ProfileId: p-ana, Attributes.LastContact: VOICE }]
                  cases: [{ title: Callback for Ana, status: open }]
              - name: wrong expectation
                call: { caller: "+15555550100" }
                profiles:
                  - { ProfileId: p-ana, FirstName: Ana, PhoneNumber: "+15555550100" }
                expect:
                  profiles: [{ Attributes.LastContact: CHAT }]
            """);

        // Act
        var run = await DccRun.RunAsync("test", scenarios);

        // Assert
        run.ExitCode.ShouldBe(1, run.Error);
        run.Output.ShouldContain("1 passed, 1 failed");
        run.Output.ShouldMatch(@"profiles\[0\]\.Attributes\.LastContact\s+expected: ""CHAT""\s+actual:\s+""VOICE""");
        run.Output.ShouldMatch(@"profile\s+read p-ana");
    }
}
