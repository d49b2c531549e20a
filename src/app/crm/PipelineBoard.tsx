import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useMemo } from 'react';
import { PIPELINE_STAGE_LABELS, PIPELINE_STAGES, pipelineValueByStage, type CrmProject, type PipelineStage } from '../../domain/crm';
import { formatMoney } from '../../domain/money';
import { navigate } from './route';
import { formatAmount, pick, useCrmT, useLocale, type CrmT } from './text';

/** Cards drawn per column; a column with more shows how many are left out. */
const MAX_CARDS_PER_COLUMN = 60;

export interface PipelineBoardProps {
  readonly projects: readonly CrmProject[];
  readonly companyNames: ReadonlyMap<string, string>;
  /** Moves a project to another stage; a rejected promise leaves the board as stored. */
  onMove(projectId: string, stage: PipelineStage): void;
}

function isStage(value: unknown): value is PipelineStage {
  return typeof value === 'string' && (PIPELINE_STAGES as readonly string[]).includes(value);
}

/**
 * Moves a card a whole column per arrow key, because the default keyboard step of 25 px would
 * take many presses to cross a column. Up and down keep the card in its column.
 */
const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects } = context;
  if (collisionRect === null || (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft')) return undefined;
  event.preventDefault();
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  const target =
    event.code === 'ArrowRight'
      ? columns.find((rect) => rect.left > centre)
      : [...columns].reverse().find((rect) => rect.left + rect.width < centre);
  if (target === undefined) return undefined;
  return { x: target.left + (target.width - collisionRect.width) / 2, y: Math.max(target.top, collisionRect.top) };
};

function useAnnouncements(projects: readonly CrmProject[], t: CrmT, locale: 'en' | 'zh-CN'): Announcements {
  return useMemo(() => {
    const nameOf = (id: string | number) => projects.find((project) => project.id === id)?.name ?? String(id);
    const stageOf = (id: string | number | undefined) => (isStage(id) ? pick(PIPELINE_STAGE_LABELS[id], locale) : '—');
    return {
      onDragStart: ({ active }) => t('boardPickedUp', { project: nameOf(active.id) }),
      onDragOver: ({ active, over }) => t('boardOver', { project: nameOf(active.id), stage: stageOf(over?.id) }),
      onDragEnd: ({ active, over }) => t('boardDropped', { project: nameOf(active.id), stage: stageOf(over?.id) }),
      onDragCancel: ({ active }) => t('boardCancelled', { project: nameOf(active.id) }),
    };
  }, [projects, t, locale]);
}

/**
 * Renders the pipeline board: one column per stage in pipeline order, open projects as cards. Cards move
 * between columns by pointer drag, by keyboard (Space to lift, arrows to change column, Space to
 * drop) or with the stage menu on the card.
 */
export function PipelineBoard({ projects, companyNames, onMove }: PipelineBoardProps) {
  const t = useCrmT();
  const locale = useLocale();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const open = useMemo(() => projects.filter((project) => project.lostReason === null), [projects]);
  // Column totals are in CNY, the currency of the project form. An imported value in another
  // currency still shows on its card, but the total leaves it out rather than convert at a guess.
  const totals = useMemo(() => pipelineValueByStage(open.filter((project) => project.expectedValue === null || project.expectedValue.currency === 'CNY'), 'CNY'), [open]);
  const announcements = useAnnouncements(open, t, locale);

  function handleDragEnd(event: DragEndEvent) {
    const stage = event.over?.id;
    const project = open.find((candidate) => candidate.id === event.active.id);
    if (project === undefined || !isStage(stage) || project.stage === stage) return;
    onMove(project.id, stage);
  }

  return (
    <DndContext sensors={sensors} onDragEnd={handleDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: t('boardInstructions') } }}>
      <div className="crm-board" data-testid="pipeline-board">
        {PIPELINE_STAGES.map((stage, index) => (
          <StageColumn key={stage} stage={stage} total={totals[index]!} projects={open.filter((project) => project.stage === stage)} companyNames={companyNames} onMove={onMove} />
        ))}
      </div>
    </DndContext>
  );
}

interface StageColumnProps {
  readonly stage: PipelineStage;
  readonly total: ReturnType<typeof pipelineValueByStage>[number];
  readonly projects: readonly CrmProject[];
  readonly companyNames: ReadonlyMap<string, string>;
  onMove(projectId: string, stage: PipelineStage): void;
}

function StageColumn({ stage, total, projects, companyNames, onMove }: StageColumnProps) {
  const t = useCrmT();
  const locale = useLocale();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const visibleCards = projects.slice(0, MAX_CARDS_PER_COLUMN);
  return (
    <section ref={setNodeRef} className={isOver ? 'crm-column crm-column-over' : 'crm-column'} data-testid={`stage-${stage}`} aria-label={pick(PIPELINE_STAGE_LABELS[stage], locale)}>
      <header>
        <h3>{pick(PIPELINE_STAGE_LABELS[stage], locale)}</h3>
        <span className="crm-muted">
          {t('boardColumnSummary', { count: projects.length, value: formatMoney(total.expected, locale) })}
        </span>
      </header>
      {visibleCards.map((project) => (
        <ProjectCard key={project.id} project={project} companyName={companyNames.get(project.companyId) ?? ''} onMove={onMove} />
      ))}
      {projects.length > visibleCards.length ? <p className="crm-muted">{t('boardMore', { count: projects.length - visibleCards.length })}</p> : null}
    </section>
  );
}

function ProjectCard({ project, companyName, onMove }: { readonly project: CrmProject; readonly companyName: string; onMove(projectId: string, stage: PipelineStage): void }) {
  const t = useCrmT();
  const locale = useLocale();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: project.id });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 10 } : undefined;
  return (
    <article ref={setNodeRef} style={style} className={isDragging ? 'crm-card crm-card-dragging' : 'crm-card'} data-testid={`card-${project.id}`} data-stage={project.stage} {...attributes} {...listeners}>
      <button type="button" className="crm-link" onPointerDown={(event) => event.stopPropagation()} onClick={() => navigate({ workspace: 'crm', view: 'project', projectId: project.id })}>
        {project.name}
      </button>
      <div className="crm-muted" data-testid="card-company">
        {companyName}
      </div>
      <div>
        {formatAmount(project.expectedValue, locale)}
        {project.probabilityPct === null ? '' : ` · ${project.probabilityPct} %`}
      </div>
      <label className="crm-card-move" onPointerDown={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
        <span className="visually-hidden">{t('boardMoveTo')}</span>
        <select value={project.stage} data-testid={`card-stage-${project.id}`} onChange={(event) => isStage(event.target.value) && onMove(project.id, event.target.value)}>
          {PIPELINE_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {pick(PIPELINE_STAGE_LABELS[stage], locale)}
            </option>
          ))}
        </select>
      </label>
    </article>
  );
}
