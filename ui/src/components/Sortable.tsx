// Drag-and-drop reordering (dnd-kit) with a keyboard alternative: every item also gets move
// up/down buttons and Alt+↑/Alt+↓ while focus is inside it. Items are addressed by stable id.
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { KeyboardEvent, ReactNode } from "react";
import { Icon } from "./Icons";

export interface HandleProps {
  /** Spread on the drag handle button. */
  handle: Record<string, unknown>;
  moveUp?: () => void;
  moveDown?: () => void;
}

interface Props {
  ids: string[];
  onMove: (from: number, to: number) => void;
  children: (id: string, index: number, h: HandleProps) => ReactNode;
}

export function SortableList({ ids, onMove, children }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    onMove(ids.indexOf(String(e.active.id)), ids.indexOf(String(e.over.id)));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {ids.map((id, i) => (
          <SortableItem key={id} id={id}>
            {(handle) =>
              children(id, i, {
                handle,
                moveUp: i > 0 ? () => onMove(i, i - 1) : undefined,
                moveDown: i < ids.length - 1 ? () => onMove(i, i + 1) : undefined,
              })
            }
          </SortableItem>
        ))}
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({ id, children }: { id: string; children: (handle: Record<string, unknown>) => ReactNode }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  const style = { transform: CSS.Translate.toString(transform), transition, zIndex: isDragging ? 2 : undefined };
  return (
    <div ref={setNodeRef} style={style} className={isDragging ? "sortable dragging" : "sortable"}>
      {children({ ...attributes, ...listeners })}
    </div>
  );
}

/** Alt+↑/↓ anywhere inside an item moves it (the innermost item wins). */
export function moveKeys(h: HandleProps) {
  return (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    const fn = e.key === "ArrowUp" ? h.moveUp : h.moveDown;
    e.preventDefault();
    e.stopPropagation();
    fn?.();
  };
}

export function MoveButtons({ h, what }: { h: HandleProps; what: string }) {
  return (
    <>
      <button type="button" className="icon-btn drag" title={`Drag to reorder ${what}`} aria-label={`Reorder ${what}`} {...h.handle}><Icon name="grip" /></button>
      <button type="button" className="icon-btn" title="Move up (Alt+↑)" aria-label={`Move ${what} up`} disabled={!h.moveUp} onClick={h.moveUp}><Icon name="up" /></button>
      <button type="button" className="icon-btn" title="Move down (Alt+↓)" aria-label={`Move ${what} down`} disabled={!h.moveDown} onClick={h.moveDown}><Icon name="down" /></button>
    </>
  );
}
