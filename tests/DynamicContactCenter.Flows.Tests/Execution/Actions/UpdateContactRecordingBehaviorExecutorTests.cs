using DynamicContactCenter.Flows.Diagnostics;
using DynamicContactCenter.Flows.Execution;
using DynamicContactCenter.Flows.Tests.TestSupport;
using DynamicContactCenter.Flows.Transcript;
using static DynamicContactCenter.Flows.Tests.TestSupport.FlowText;

namespace DynamicContactCenter.Flows.Tests.Execution.Actions;

public sealed class UpdateContactRecordingBehaviorExecutorTests
{
    [Fact]
    public async Task Execute_RecordingAndAnalytics_RecordsSettings()
    {
        // Act
        var result = await CallHarness.RunFlowAsync(null,
            Act("Rec", "UpdateContactRecordingBehavior", """{"RecordingBehavior":{"RecordedParticipants":["Agent","Customer"],"IVRRecordingBehavior":"Enabled"},"AnalyticsBehavior":{"Enabled":"True"}}""", "Hang up"),
            Disconnect());

        // Assert
        result.Events.OfType<SettingChangedEvent>().Select(s => $"{s.Setting}={s.Value}").ShouldBe(["Recording=Agent,Customer", "IVRRecording=Enabled", "Analytics=True"]);
    }
}
