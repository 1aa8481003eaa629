using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;
using RA = Workbench.Core.Recognition.RecognitionAction;
using RS = Workbench.Core.Recognition.RecognitionStatus;

namespace Workbench.Tests.Core;

public class WorkflowTests
{
    [Fact]
    public void Recognition_HappyPath_FollowsArticle8Procedure()
    {
        var steps = new (RA Action, Role Role, RS Expected)[]
        {
            (RA.Submit, Role.HostUnit, RS.Submitted),
            (RA.StartDepartmentReview, Role.Department, RS.DepartmentReview),
            (RA.Recommend, Role.Department, RS.FormalReview),
            (RA.PassFormalReview, Role.Agency, RS.ExpertReview),
            (RA.CompleteExpertReview, Role.Agency, RS.OnSiteInspection),
            (RA.ProposeRecognition, Role.Agency, RS.Proposed),
            (RA.SubmitForApproval, Role.Admin, RS.Approval),
            (RA.ApproveAndPublicise, Role.Admin, RS.PublicNotice),
            (RA.ConfirmRecognition, Role.Admin, RS.Recognised),
        };
        var status = RS.Draft;
        foreach (var (action, role, expected) in steps)
        {
            var r = RecognitionWorkflow.Apply(status, action, role);
            Assert.True(r.Succeeded, string.Join(";", r.Check.Problems));
            Assert.Equal(expected, r.Status);
            status = r.Status;
        }
    }

    [Theory]
    [InlineData(RS.Draft, RA.ConfirmRecognition, Role.Admin, "不能“公示通过，发布认定”", "第八条(二)3")]
    [InlineData(RS.Draft, RA.Submit, Role.Department, "应由依托单位办理", "第八条(二)1")]
    [InlineData(RS.Submitted, RA.StartDepartmentReview, Role.Admin, "应由主管部门办理", "第八条(二)1")]
    [InlineData(RS.FormalReview, RA.PassFormalReview, Role.Expert, "应由第三方机构办理", "第八条(二)2")]
    [InlineData(RS.Recognised, RA.Reject, Role.Admin, "当前状态为“已认定”", "第八条(二)2")]
    [InlineData(RS.Draft, RA.Recommend, Role.Department, "只能在“主管部门审核”状态下进行", "第八条(二)1")]
    public void Recognition_IllegalStep_ReturnsReasonWithArticle(RS from, RA action, Role role, string reason, string article)
    {
        var r = RecognitionWorkflow.Apply(from, action, role);
        Assert.False(r.Succeeded);
        Assert.Equal(from, r.Status);
        var message = Assert.Single(r.Check.Problems);
        Assert.Contains(reason, message);
        Assert.Contains(article, message);
    }

    [Theory]
    [InlineData(RS.DepartmentReview, Role.Department, RS.Returned)]
    [InlineData(RS.FormalReview, Role.Agency, RS.Returned)]
    public void Recognition_Return_ThenResubmit(RS from, Role role, RS returned)
    {
        var r = RecognitionWorkflow.Apply(from, RA.Return, role);
        Assert.Equal(returned, r.Status);
        Assert.True(RecognitionWorkflow.IsEditable(r.Status));
        Assert.Equal(RS.Submitted, RecognitionWorkflow.Apply(r.Status, RA.Submit, Role.HostUnit).Status);
    }

    [Fact]
    public void Recognition_ActionsFor_GivesButtonsPerRole()
    {
        Assert.Equal([RA.Recommend, RA.Return], RecognitionWorkflow.ActionsFor(RS.DepartmentReview, Role.Department).Select(t => t.Action));
        Assert.Empty(RecognitionWorkflow.ActionsFor(RS.DepartmentReview, Role.HostUnit));
        Assert.Equal([RA.ConfirmRecognition, RA.Reject], RecognitionWorkflow.ActionsFor(RS.PublicNotice, Role.Admin).Select(t => t.Action));
    }

    [Fact]
    public void Recognition_FinalStatuses_AreRecognisedAndRejected() =>
        Assert.Equal([RS.Recognised, RS.Rejected], RecognitionWorkflow.Machine.FinalStatuses);

    [Fact]
    public void Recognition_EveryStatusAndActionHasChineseLabel()
    {
        Assert.Equal("草稿,已提交,主管部门审核,形式审查,专家论证,现场考察,拟认定,审批,公示,已认定,未通过,退回修改",
            string.Join(",", Enum.GetValues<RS>().Select(s => s.Label())));
        Assert.All(Enum.GetValues<RA>(), a => Assert.NotEqual(a.ToString(), a.Label()));
        Assert.All(RecognitionWorkflow.Machine.Transitions, t => Assert.StartsWith("第八条", t.Article));
    }

    [Theory]
    [InlineData(PlatformStatus.Recognised, PlatformAction.OrderRectification, PlatformStatus.Rectifying)]
    [InlineData(PlatformStatus.Rectifying, PlatformAction.StartReEvaluation, PlatformStatus.ReEvaluating)]
    [InlineData(PlatformStatus.ReEvaluating, PlatformAction.PassReEvaluation, PlatformStatus.Recognised)]
    [InlineData(PlatformStatus.ReEvaluating, PlatformAction.FailReEvaluation, PlatformStatus.Revoked)]
    [InlineData(PlatformStatus.Recognised, PlatformAction.Revoke, PlatformStatus.Revoked)]
    [InlineData(PlatformStatus.Rectifying, PlatformAction.Revoke, PlatformStatus.Revoked)]
    public void Platform_AdminSteps_MoveStatus(PlatformStatus from, PlatformAction action, PlatformStatus to) =>
        Assert.Equal(to, PlatformWorkflow.Apply(from, action, Role.Admin).Status);

    [Theory]
    [InlineData(PlatformStatus.Recognised, PlatformAction.PassReEvaluation, Role.Admin, "第十七条")]
    [InlineData(PlatformStatus.Revoked, PlatformAction.Revoke, Role.Admin, "第十七条、第十八条")]
    [InlineData(PlatformStatus.Revoked, PlatformAction.OrderRectification, Role.Admin, "第十七条")]
    [InlineData(PlatformStatus.Recognised, PlatformAction.OrderRectification, Role.Department, "第十七条")]
    [InlineData(PlatformStatus.Rectifying, PlatformAction.PassReEvaluation, Role.Admin, "第十七条")]
    public void Platform_IllegalStep_ReturnsReason(PlatformStatus from, PlatformAction action, Role role, string article)
    {
        var r = PlatformWorkflow.Apply(from, action, role);
        Assert.False(r.Succeeded);
        Assert.Equal(from, r.Status);
        Assert.Contains(article, Assert.Single(r.Check.Problems));
    }

    [Fact]
    public void Platform_RevokedIsFinal_AndNobuttonsForHostUnit()
    {
        Assert.Equal([PlatformStatus.Revoked], PlatformWorkflow.Machine.FinalStatuses);
        Assert.Empty(PlatformWorkflow.ActionsFor(PlatformStatus.Recognised, Role.HostUnit));
    }

    [Fact]
    public void Evaluation_HappyPath_ThroughPublication()
    {
        var s = EvaluationStatus.AwaitingMaterials;
        foreach (var (a, role) in new[]
                 {
                     (EvaluationAction.SubmitMaterials, Role.HostUnit), (EvaluationAction.ConfirmMaterials, Role.Department),
                     (EvaluationAction.StartScoring, Role.Agency), (EvaluationAction.CompleteScoring, Role.Agency),
                     (EvaluationAction.PubliciseResult, Role.Admin), (EvaluationAction.PublishResult, Role.Admin),
                 })
        {
            var r = EvaluationWorkflow.Apply(s, a, role);
            Assert.True(r.Succeeded, string.Join(";", r.Check.Problems));
            s = r.Status;
        }
        Assert.Equal(EvaluationStatus.Published, s);
    }

    [Theory]
    [InlineData(EvaluationStatus.ExpertScoring, true)]
    [InlineData(EvaluationStatus.Scored, false)]
    [InlineData(EvaluationStatus.PublicNotice, false)]
    public void Evaluation_WithdrawOnlyBeforeScoresAreIn(EvaluationStatus from, bool allowed)
    {
        var r = EvaluationWorkflow.Apply(from, EvaluationAction.Withdraw, Role.HostUnit);
        Assert.Equal(allowed, r.Succeeded);
        Assert.Equal(allowed ? EvaluationStatus.Withdrawn : from, r.Status);
        if (!allowed) Assert.Contains("第十七条", r.Check.Problems[0]);
    }

    [Fact]
    public void Evaluation_ExpertCannotPublish_AndScoresEditableOnlyDuringScoring()
    {
        var r = EvaluationWorkflow.Can(EvaluationStatus.PublicNotice, EvaluationAction.PublishResult, Role.Expert);
        Assert.Contains("应由省科技厅管理员办理，专家无此权限（第十七条）", r.Problems[0]);
        Assert.True(EvaluationWorkflow.ScoresEditable(EvaluationStatus.ExpertScoring));
        Assert.False(EvaluationWorkflow.ScoresEditable(EvaluationStatus.Scored));
    }
}
